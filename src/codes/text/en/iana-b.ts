/** Registry texts (en): see src/codes/text/README.md for who writes what and how. */
import type { CodeTextsPart } from '../../types';

export default {
  'X.4.0': {
    title: 'Network error (socket or TLS)',
    meaning:
      'The catch-all for network and routing trouble that no narrower code describes. Around Exchange it appears as 451 4.4.0, written by the sending Exchange transport itself: an on-premises Exchange Server shows it in its queue, and Exchange Online puts it in the `Message` detail of a 4.4.317 deferral. The words after the code say what broke: `Socket error SocketError` means the TCP session failed or was reset, `TLS negotiation failed with error` means the TLS handshake did not complete.',
    causes: [
      'A firewall, proxy or SMTP inspection feature between the two servers resets the session or tampers with STARTTLS.',
      'The two sides share no TLS version or cipher: the other server offers only TLS 1.0 or 1.1, which Exchange Online never uses, or the certificate assigned to its SMTP service is missing or invalid.',
      'The receiving server is overloaded or its SMTP service hangs, so it drops the connection.',
      'An unstable network path: packet loss, a wrong MTU, or trouble at the ISP or in a VPN.',
    ],
    steps: [
      'Read the whole line. On Exchange Server run `Get-Queue | Format-List Identity,NextHopDomain,LastError`; in Exchange Online open the Defer event of the message with `Get-MessageTraceDetailV2`.',
      'Test the TCP path from the sending network with `Test-NetConnection <host> -Port 25`; not from a cloud VM, where outbound port 25 is usually blocked.',
      'Test STARTTLS and the certificate with `openssl s_client -connect <host>:25 -starttls smtp -servername <host>`, and make sure TLS 1.2 is enabled on the receiving server.',
      'Ask the network team to look for resets in the firewall log at the times of the attempts and to turn off SMTP inspection for this traffic.',
    ],
    classNotes: {
      '4': 'The usual form: the sending server keeps the message queued and retries, so nothing is lost until its retry window ends.',
      '5': 'As 5.4.0 the sending server has given up and will not retry. The text after the code usually names the real cause; fix it and resend.',
    },
  },
  'X.4.1': {
    title: 'Recipient or relay access denied',
    meaning:
      'In the standard the code means that the next server never answered the connection attempt. Microsoft 365 gives 5.4.1 a meaning of its own: it rejects a recipient at once, during the SMTP session. `Recipient address rejected: Access denied` means the domain is Authoritative in the receiving tenant and the address does not exist there (Directory-Based Edge Blocking); `Relay Access Denied` means the service that received the message does not accept mail for that domain at all.',
    causes: [
      'The address does not exist in the receiving tenant: a typo, a deleted or renamed user, or an address that exists only on-premises and was never synchronized to Microsoft 365.',
      'The domain was switched from Internal Relay to Authoritative while some of its recipients still live on-premises or on another system.',
      '`Relay Access Denied`: the domain’s MX record points to Microsoft 365 but the domain is not an accepted domain of the tenant, or mail from your on-premises servers reaches Microsoft 365 without matching an inbound connector (today that case mostly gives 5.7.64).',
    ],
    steps: [
      'Read which text follows 5.4.1 and which server wrote it: a name ending in `mail.protection.outlook.com` is the recipient organization’s Microsoft 365.',
      'If the recipient is yours, check that the address exists with `Get-Recipient <address>`; for a user synchronized from on-premises, check that directory synchronization created the object with that address.',
      'If the domain still has recipients outside Exchange Online, set it back to Internal Relay: `Set-AcceptedDomain -Identity <domain> -DomainType InternalRelay`.',
      'For `Relay Access Denied`, check with `Get-AcceptedDomain` that the domain is accepted and with `Resolve-DnsName -Type MX <domain>` where its MX record points.',
      'If the recipient belongs to another organization, the sender passes the NDR to that organization’s admin: only they can fix it.',
    ],
    classNotes: {
      '4': '4.4.1 keeps the standard meaning: an on-premises Exchange Server (often as 441 4.4.1 with a Winsock error) or another server reports in its queue that the next host did not answer, and retries. Treat it like 4.4.315.',
      '5': '5.4.1 from Microsoft 365 is an immediate rejection: the message is not queued, and resending it only helps once the address or the domain is fixed.',
    },
  },
  'X.4.2': {
    title: 'Connection dropped',
    meaning:
      'The session with the next server opened, but broke before the message was through. Around Exchange it usually reads `421 4.4.2 Connection dropped due to SocketError` (or `ConnectionReset`): in an on-premises Exchange Server queue, or inside the chain of an Exchange Online 4.4.397 or 5.4.300 error. On a connector, Exchange Online reports the same situation as 4.4.318.',
    causes: [
      'A firewall or an SMTP (ESMTP) inspection feature that cuts or resets SMTP sessions.',
      'A TLS version mismatch: one side still allows only TLS 1.0 or 1.1, which Exchange Online never uses.',
      'The receiving server is overloaded or failing: back pressure, a crashing transport service, low disk or memory.',
      'An unstable network between the two sides: packet loss, MTU problems, VPN or ISP trouble.',
    ],
    steps: [
      'Find where the line comes from, the on-premises queue (`Get-Queue`) or the Exchange Online trace (`Get-MessageTraceDetailV2`), and note the remote host and the times.',
      'Ask the network team to check the firewall log at those times for resets and to turn off SMTP inspection for this traffic.',
      'Check that both sides support TLS 1.2: `openssl s_client -connect <host>:25 -starttls smtp -servername <host>`.',
      'On the receiving server, check the event log for back-pressure events and crashes of the transport service.',
    ],
    classNotes: {
      '4': 'The usual form: the sender retries, and a single drop often clears by itself. Act when it keeps coming back.',
      '5': 'As 5.4.2 the sender gave up after repeated drops: fix the connection, then resend.',
    },
  },
  'X.4.3': {
    title: 'Directory server failure',
    meaning:
      'A server could not pass the message on because a lookup service it depends on, nearly always DNS, did not answer. Exchange Online reports its own failed DNS lookups as 4.4.312, so this code usually comes from another mail system on the way.',
    causes: [
      'The DNS servers that the reporting system uses are down or time out.',
      'The authoritative name servers of the recipient domain fail or cannot be reached.',
      'On the receiving side, the directory used to look up recipients (LDAP, Active Directory) is unavailable.',
    ],
    steps: [
      'Note which server wrote the code: the generating server in the NDR, or `Reporting-MTA` in its delivery status part.',
      'Look the domain up yourself, `Resolve-DnsName -Type MX <domain>` or `dig MX <domain>`, and check that the answers come back quickly and agree.',
      'If the domain’s name servers fail, its owner has to fix them with their DNS hosting provider.',
      'If the failing server is one of yours, check its DNS client settings and the resolvers it uses.',
    ],
    classNotes: {
      '4': 'Temporary: the sender retries, and delivery succeeds once the lookups work again.',
      '5': 'As 5.4.3 the server gave up: fix the lookup, then resend.',
    },
  },
  'X.4.4': {
    title: 'Unable to route',
    meaning:
      'The server found no next hop for the message: the lookups worked but gave nothing usable for routing, for example a domain without MX or address records, or an address no connector covers. Exchange Server writes it as `554 5.4.4 SMTPSEND.DNS.NonExistentDomain` or `SMTPSEND.DNS.MxLoopback`; Exchange Online’s own forms are 5.4.310 and 4.4.312.',
    causes: [
      'A typo in the recipient domain, or a domain that has expired or has no MX record.',
      'The MX record points to a name with no address record, or back to the sending server itself (`SMTPSEND.DNS.MxLoopback`).',
      'On Exchange Server, no Send connector has an address space that covers the recipient domain.',
    ],
    steps: [
      'Check the recipient address for typos with the sender.',
      'Look up the domain with `Resolve-DnsName -Type MX <domain>`, then the address record of each MX host.',
      'On Exchange Server, list the routes with `Get-SendConnector | Format-List Name,AddressSpaces,SmartHosts`.',
      'If the domain’s DNS is wrong, its owner fixes it with their DNS hosting provider.',
    ],
    classNotes: {
      '4': 'Temporary: a lookup can succeed later, for example right after a DNS change, so the sender retries.',
      '5': 'Permanent: there is no route to the domain. Resend only after the address or the DNS is fixed.',
    },
  },
  'X.4.5': {
    title: 'Mail system congestion',
    meaning:
      'The server is too busy to accept or pass on the message right now. Exchange Online rarely sends this code: an overloaded Exchange Server answers 452 4.3.1 instead, and Microsoft 365 throttling uses 4.7.500-699. When you see it, the text beside it comes from the busy server.',
    causes: [
      'The receiving server is overloaded: too many connections, long queues, little disk space or memory.',
      'A burst of mail from one source (a newsletter, a scanner, an application) floods the server.',
      'Congestion on the network between the two servers.',
    ],
    steps: [
      'Wait: the sending server retries on its own, and the message usually goes through within hours.',
      'If it keeps happening, give the receiving server’s admin the times and your sending IP address.',
      'If your own server says it, check its queues, disk space and resources, and spread bulk sending over time.',
    ],
    classNotes: {
      '4': 'The normal form: temporary and retried.',
      '5': 'A permanent 5.4.5 is unusual: the server gave up, so resend later.',
    },
  },
  'X.4.6': {
    title: 'Routing loop',
    meaning:
      'The message passed through too many servers and was stopped, because the settings send it round in a circle. Exchange Online reports it as 5.4.14 (`Hop count exceeded - possible mail loop`), an on-premises Exchange Server in a hybrid setup as 5.4.6. By default Exchange breaks a loop after 20 rounds and sends the sender an NDR.',
    causes: [
      'The domain is Internal Relay in Microsoft 365 and the on-premises server sends unknown recipients back to Microsoft 365, so an address that exists on neither side goes round.',
      'A connector to on-premises or to a partner points to a host that delivers the mail back to Microsoft 365.',
      'Forwarding that comes back: a mailbox forwarding address, an inbox rule or a mail contact pointing to an address that forwards to the first one.',
      'The same domain is accepted by two systems, and each one routes it to the other.',
    ],
    steps: [
      'Open the headers of the returned message: the `Received` lines show the servers it went round.',
      'Check the domain type with `Get-AcceptedDomain` and the routes with `Get-OutboundConnector | Format-List Name,SmartHosts,RecipientDomains`, and make sure the on-premises side does not route the domain back.',
      'Check that the recipient exists on one side; in an Internal Relay domain, an address that exists nowhere loops.',
      'Check forwarding on the mailboxes involved, `Get-Mailbox <user> | Format-List ForwardingAddress,ForwardingSmtpAddress`, and their inbox rules.',
    ],
    classNotes: {
      '4': 'Some servers report a loop as temporary, but waiting does not end it: fix the routing.',
      '5': 'The usual form (5.4.6 from Exchange Server, 5.4.14 from Exchange Online): the message is dropped with an NDR. Fix the routing, then resend.',
    },
  },
  'X.4.7': {
    title: 'Message expired in the queue',
    meaning:
      'The sending server kept the message in its queue for as long as allowed and then gave up. Exchange writes it as `550 4.4.7 QUEUE.Expired; message expired`: from an on-premises Exchange Server (which keeps trying for 2 days by default) or from another server on the way. Exchange Online uses it too when its own retry window ends (24 hours by default, 12 to 24 hours with `Set-TransportConfig -MessageExpiration`), beside its more specific 5.4.300 and 5.4.31x forms. The real cause is why the attempts failed, shown in the lines around it.',
    causes: [
      'The receiving server did not answer or refused connections for the whole retry window: it was down, blocked by a firewall, or its DNS was wrong.',
      'The receiving server kept answering with temporary errors: greylisting, throttling, a full disk, a block list.',
      'On the sending side, an on-premises queue was stuck by the server’s own DNS, connector or network problem.',
      'Less often, a timeout during the session itself, for example with a very large number of recipients in one message.',
    ],
    steps: [
      'Read the diagnostic part of the NDR: beside `QUEUE.Expired`, the last attempt listed names the real error; follow that code.',
      'Find which server generated it. If it is your on-premises Exchange Server, run `Get-Queue | Format-List Identity,NextHopDomain,LastError` for other messages to the same domain.',
      'If Exchange Online expired the message, look up its Defer events with `Get-MessageTraceV2` and `Get-MessageTraceDetailV2`.',
      'Once the cause is fixed, the sender resends: an expired message is not retried.',
    ],
    classNotes: {
      '4': 'Despite its class 4, `550 4.4.7 QUEUE.Expired` is final: the message came back and will not be retried. A `400 4.4.7 Message delayed` notice is only a warning that the server is still trying.',
      '5': '5.4.7 is the same expiry written with the permanent class by other mail systems; read the reason beside it the same way.',
    },
  },
  'X.5.0': {
    title: 'Protocol error, or mailbox unavailable at Outlook.com',
    meaning:
      'The catch-all for trouble in the SMTP exchange that no narrower code describes. The form an Exchange Online admin meets most is `550 5.5.0 Requested action not taken: mailbox unavailable` from Outlook.com or Hotmail: the consumer address was not found, much like 5.1.10 inside a tenant.',
    causes: [
      'The Outlook.com or Hotmail address is mistyped, or the account was closed or deleted.',
      'From other mail systems: a command they refused, for example a client that tried to send without signing in; the text after the code says which.',
    ],
    steps: [
      'Check the address with the sender: the spelling, and whether the person still uses that account.',
      'If the consumer account is gone, the sender asks the recipient for another address.',
      'For other servers, read the text after 5.5.0 and the command it answered (MAIL FROM, RCPT TO or AUTH).',
    ],
    classNotes: {
      '2': '2.5.0 is a success reply to a protocol command, sent by some servers for an accepted command or a reset; nothing to fix.',
      '4': '4.5.0 is a temporary protocol problem: the sender retries.',
      '5': '5.5.0 is final: resending to the same address fails until the address is corrected.',
    },
  },
  'X.5.1': {
    title: 'Invalid command',
    meaning:
      'The receiving server got an SMTP command it does not support, or one out of order (for example the message data before any recipient). Exchange Online admins rarely see it; it points at the software that speaks SMTP, such as a scanner, an application or a script, or at a device in the path that rewrites the session.',
    causes: [
      'An application or device with an old or home-made SMTP client, for example one that uses AUTH or STARTTLS where the server did not offer it.',
      'A firewall’s SMTP inspection that removes or changes commands, for example strips STARTTLS from the server’s EHLO answer.',
      'A command sent after an earlier one failed, so the order no longer makes sense to the server.',
    ],
    steps: [
      'Find the sending application or device and capture the SMTP dialogue from its log.',
      'Compare it with the server’s EHLO answer: the client may use only what the server offers.',
      'Update the application or its firmware, or switch it to a supported way of sending through Microsoft 365.',
      'Ask the network team to turn off SMTP inspection for this traffic.',
    ],
  },
  'X.5.2': {
    title: 'Syntax error',
    meaning:
      'The server could not parse a command: it was misspelled, malformed or unknown. Like 5.5.1, it points at the software that sends the mail, not at the message or the recipient.',
    causes: [
      'A malformed address in MAIL FROM or RCPT TO, for example without angle brackets or with spaces.',
      'Lines that end in a bare line feed instead of CR LF, or non-ASCII bytes inside a command.',
      'A firewall or proxy that alters the SMTP session.',
    ],
    steps: [
      'Capture the exact command from the client’s SMTP log.',
      'Correct the client’s settings (address format, line endings) or update it.',
      'Send the same message from a known-good client to see whether the problem stays with the application.',
    ],
  },
  'X.5.3': {
    title: 'Too many recipients',
    meaning:
      'The message lists more recipients than the receiving server takes in one transaction. Microsoft 365 answers 4.5.3 `Too many recipients` when a message carries more than 200 envelope recipients from the same domain; the sending server is expected to send the rest in another transaction, which ordinary mail servers do on their own.',
    causes: [
      'An application or bulk mailer that puts hundreds of recipients into one transaction and does not handle that temporary refusal.',
      'A large mailing sent by a script with every address in Bcc.',
      'A message over the per-message recipient limit (500 by default in Exchange Online), which Exchange bounces with `550 5.5.3 RESOLVER.ADR.RecipLimit; too many recipients`.',
    ],
    steps: [
      'If the sender is an ordinary mail server, wait: it retries the remaining recipients by itself.',
      'For an application, make it send batches of at most 200 recipients per message, or retry the refused recipients after a 4.5.3 reply.',
      'For `RESOLVER.ADR.RecipLimit`, send to a distribution group instead of listing everyone, or check the sender’s limit with `Get-Mailbox <user> | Format-List RecipientLimits`.',
    ],
    classNotes: {
      '4': '4.5.3 refuses only the recipients above the limit: those already accepted get the message, and the rest must be sent in a new transaction.',
      '5': '5.5.3 is final for the whole message: split the recipient list and resend.',
    },
  },
  'X.5.4': {
    title: 'Invalid command arguments',
    meaning:
      'A known command came with a value the server rejects: a parameter it does not support, a value out of range, or an extension it never offered. Rare from Exchange Online; like the other protocol codes, it points at the sending software.',
    causes: [
      'The client uses an ESMTP parameter that the server did not announce in its EHLO answer (such as SIZE, BODY or SMTPUTF8), or misspells one.',
      'A value the server refuses, for example a declared size above its limit or an unknown AUTH mechanism.',
      'A malformed address in a command.',
    ],
    steps: [
      'Capture the command and the server’s EHLO answer from the client’s log.',
      'Configure the client to use only the extensions the server offers, or update it.',
      'If a device in the path rewrites the session, ask the network team to turn off its SMTP inspection.',
    ],
  },
  'X.5.5': {
    title: 'Wrong protocol version',
    meaning:
      'The two sides could not agree on a protocol version. You will hardly ever see it from Exchange Online: version trouble today is about TLS, which Exchange reports with other codes (4.4.317 for connectors, 421 4.7.66 for client submission).',
    causes: [
      'Very old or unusual mail software at one end.',
      'A gateway that converts between mail protocols and mishandles one of them.',
    ],
    steps: [
      'Identify the software at both ends from the greeting and the EHLO answer.',
      'Update the older side.',
      'If the real issue is TLS, make sure both sides support TLS 1.2.',
    ],
  },
  'X.5.6': {
    title: 'Authentication line too long',
    meaning:
      'During SMTP AUTH, the client sent a base64 response longer than the server accepts for that mechanism. It concerns clients and applications that sign in to send (client submission), not mail between servers, and is rarely seen.',
    causes: [
      'The client sends a very long credential in one line, for example a large OAuth access token.',
      'An old mail library that does not split or size the AUTH exchange the way the server expects.',
    ],
    steps: [
      'Look at the AUTH exchange in the client’s SMTP log.',
      'Update the client or its mail library.',
      'If the client lets you choose, try another authentication mechanism that the server offers.',
    ],
  },
  'X.6.0': {
    title: 'Content error',
    meaning:
      'Something in the content of the message made it undeliverable, and no narrower code fits. Exchange Online reports its own content rejections with other codes (5.6.11 for bare line feeds, 5.0.350 for nested attachments, the size codes), so 5.6.0 usually comes from another system, with the reason in the text.',
    causes: [
      'Broken MIME structure: bad boundaries, a wrong encoding, invalid header lines.',
      'Content the receiving system refuses to handle, such as a damaged or unusual attachment.',
      'A conversion on the way, for example of a winmail.dat attachment or from 8-bit to 7-bit, that failed.',
    ],
    steps: [
      'Read the text after the code: it usually names the part that failed.',
      'Resend without the attachment, or as plain text, to narrow it down.',
      'If an application built the message, check its MIME output with its vendor.',
    ],
  },
  'X.6.1': {
    title: 'Media not supported',
    meaning:
      'The receiving server, or the next one on the path, cannot carry this kind of content: a body type, an encoding or an attachment format. Rare with Exchange Online.',
    causes: [
      'An 8-bit or binary body sent to a server that does not announce 8BITMIME or BINARYMIME.',
      'A content type that the receiving system has been set to refuse.',
    ],
    steps: [
      'Read the text after the code.',
      'Resend with standard encodings: let the mail client encode the attachments instead of an application sending raw data.',
      'Ask the recipient’s admin which content types they accept.',
    ],
  },
  'X.6.2': {
    title: 'Conversion required but prohibited',
    meaning:
      'To be delivered, the content would have to be converted (typically from 8-bit to 7-bit), but conversion is not allowed: the message itself forbids it, or the policy of the sending server does. Rarely seen with Exchange Online.',
    causes: [
      'The next server accepts only 7-bit content and the message is 8-bit or binary.',
      'The message is marked not to be converted, for example because a conversion would break a digital signature.',
    ],
    steps: [
      'Send the message in a 7-bit-safe form (quoted-printable or base64); most clients do this when set to.',
      'If an application sends it, change its encoding setting or ask its vendor.',
    ],
  },
  'X.6.3': {
    title: 'Conversion required but not supported',
    meaning:
      'A server on the path would have to convert the content, typically from 8-bit to 7-bit for a next hop without 8BITMIME, but it cannot do that conversion. Rarely seen with Exchange Online.',
    causes: [
      'An 8-bit or binary message has to cross a server that accepts only 7-bit content, and the relay before it cannot convert.',
      'A gateway that does not know how to convert the content type or character set in the message.',
    ],
    steps: [
      'Resend in a 7-bit-safe form: quoted-printable or base64 encoding.',
      'If an application sends the message, change its encoding setting.',
      'If the relay that fails is yours, check whether it can convert, or route the mail another way.',
    ],
  },
  'X.6.4': {
    title: 'Converted with loss',
    meaning:
      'A success notice: the message was delivered, but a conversion on the way lost part of it, for example characters the target character set cannot hold or a formatting layer. It comes as a delivery status notification, not as a bounce, and is rarely seen.',
    causes: [
      'A gateway converted the message to a character set or format that cannot hold all of it.',
      'Rich formatting was reduced to plain text on the way.',
    ],
    steps: [
      'Ask the recipient what arrived and whether anything important is missing.',
      'If data was lost, resend in a sturdier form, for example as a PDF attachment or in UTF-8.',
      'Nothing needs fixing in your tenant unless one of your own gateways did the conversion.',
    ],
  },
  'X.6.5': {
    title: 'Conversion failed',
    meaning:
      'A server on the path had to convert the content and tried to, but the conversion failed. Rarely seen with Exchange Online; the text after the code usually says what could not be converted.',
    causes: [
      'A damaged or malformed attachment.',
      'A character set or format that the converting gateway does not handle.',
    ],
    steps: [
      'Read the text after the code.',
      'Resend without the suspect attachment, or with the attachment in another format.',
      'If the converting gateway is yours, check its logs.',
    ],
    classNotes: {
      '4': 'Temporary: the converter may succeed on a later attempt, so the sender retries.',
      '5': 'Permanent: resend in another form.',
    },
  },
  'X.6.6': {
    title: 'Message content not available',
    meaning:
      'The server was told to fetch the message content from somewhere else, with the BURL extension that lets a mail client send a message kept on an IMAP server, and could not get it. It concerns only clients that use BURL, and is hardly ever seen with Exchange Online.',
    causes: [
      'The IMAP link to the content has expired or its authorization is no longer valid.',
      'The submission server cannot reach the IMAP server.',
    ],
    steps: [
      'Resend the message from the client without BURL, as an ordinary submission.',
      'If it keeps happening, check the client and the IMAP server settings with their vendor.',
    ],
  },
  'X.6.7': {
    title: 'Non-ASCII address not allowed',
    meaning:
      'An address in the MAIL FROM or RCPT TO command contains characters outside ASCII, such as ł or ş in the part before the @, and the receiving server does not accept such addresses for this sender or recipient. It belongs to internationalized email (SMTPUTF8).',
    causes: [
      'A server on the path does not support SMTPUTF8, so it cannot accept an address with non-ASCII characters.',
      'The receiving system supports SMTPUTF8 in general, but not for that mailbox.',
      'The address was typed, or filled in by autocomplete, with accented letters, while the real address is plain ASCII.',
    ],
    steps: [
      'Check how the address is really spelled: many people use an ASCII form, for example lukasz instead of łukasz.',
      'If the address really contains such characters, the sender asks the recipient for an ASCII address.',
      'If your own server refuses the address, check whether it supports SMTPUTF8.',
    ],
  },
  'X.6.8': {
    title: 'UTF-8 reply needed but not allowed',
    meaning:
      'To answer an address check (the VRFY or EXPN command), the server would have to show a mailbox name in UTF-8, but the client did not announce SMTPUTF8. It concerns those check commands, not ordinary delivery, and is hardly ever seen with Exchange Online.',
    causes: [
      'A client or tool that checks addresses with VRFY or EXPN without SMTPUTF8, for an address with non-ASCII characters.',
    ],
    steps: [
      'Use a client or tool that supports SMTPUTF8, or test delivery with an ordinary message instead of VRFY.',
      'For normal mail to such an address, see 5.6.7.',
    ],
    classNotes: {
      '2': 'With reply 252, the server does not confirm the address in that answer but will still try to deliver a message to it.',
      '4': 'Temporary: the same check may work later.',
      '5': 'Permanent: the check is refused.',
    },
  },
  'X.6.9': {
    title: 'UTF-8 headers cannot be delivered',
    meaning:
      'The message has UTF-8 in its header lines (an SMTPUTF8 message), and it cannot reach one or more recipients whose servers do not support that, so it is rejected after the message data was sent. Rarely seen with Exchange Online.',
    causes: [
      'A recipient server on the path does not support SMTPUTF8, and a message with UTF-8 headers cannot be downgraded for it.',
      'Non-ASCII addresses in the From, To or Cc headers.',
    ],
    steps: [
      'Check which recipient failed: the NDR lists them.',
      'Resend to that recipient from an ASCII address, with ASCII addresses in the headers.',
      'Ask the recipient’s admin whether their server supports SMTPUTF8.',
    ],
  },
  'X.6.10': {
    title: 'Deprecated duplicate of X.6.8',
    meaning:
      'This code was registered twice with the same meaning as X.6.8 and is deprecated, so current mail servers should not send it. If one does, read it as X.6.8.',
    causes: ['Old mail software that still uses the deprecated code.'],
    steps: ['Treat it as X.6.8 and read the text after the code.', 'Update the software that sent it, if it is yours.'],
  },
} satisfies CodeTextsPart;
