/** Registry texts (en): see src/codes/text/README.md for who writes what and how. */
import type { CodeTextsPart } from '../../types';

export default {
  'X.7.0': {
    title: 'Security or policy problem, not specified',
    meaning:
      'A server refused or delayed the message for a security or policy reason without giving a more precise code. The words after the code are the only real explanation; some servers stay vague on purpose, so as not to reveal which check failed.',
    causes: [
      'The receiver distrusts the sending IP address or domain: a reputation or block-list check, often with a list name or a reference number in the text.',
      'TLS is missing or failed where the server insists on it, for example `Must issue a STARTTLS command first` or `TLS not available due to temporary reason`.',
      'A local policy of the receiving organization (connection limits, content, a rule) that it chose not to name.',
    ],
    steps: [
      'Read the whole reply: the text after 5.7.0 or 4.7.0 and the name of the server that gave it.',
      'Find out in message trace which hop answered, Microsoft 365 or the remote server: `Get-MessageTraceV2`, then `Get-MessageTraceDetailV2` for the events of one message.',
      'If the text is about TLS, make the sending server or app use STARTTLS with TLS 1.2 or later.',
      'If it points to reputation or a block list, check the sending IP address on the list it names and follow that list’s removal process; otherwise send the reference in the reply to the recipient’s admin.',
    ],
    classNotes: {
      '2': 'As a success code it reports that a security step worked, most often `235 2.7.0 Authentication successful` after AUTH: nothing to fix.',
      '4': 'Temporary: the sending server retries, and the message may pass once the cause (a TLS fault, a rate limit, a reputation hold) clears within the retry window.',
      '5': 'Permanent: nothing is retried, and the same message fails again until the sender or the recipient’s admin changes something.',
    },
  },
  'X.7.1': {
    title: 'Not authorized to send or relay',
    meaning:
      'The receiving system refused the message because this sender is not allowed to send there. Exchange Online uses 5.7.1 for three different refusals, told apart by the text after the code: `Delivery not authorized` (a restricted recipient or a mail flow rule), `Unable to relay` (the receiver does not take mail for that domain from this sender) and `Client was not authenticated` (the receiver wants a signed-in sender).',
    causes: [
      'The recipient is a restricted group or mailbox that accepts mail only from members, listed senders or senders inside the organization; the NDR usually names the group.',
      'A mail flow rule (transport rule) rejected the message; the rule’s own explanation may stand in place of the standard text.',
      '`Unable to relay`: a device, app or on-premises server sends through Microsoft 365 to outside addresses without matching an inbound connector by IP address or certificate, or the domain’s MX record points at a system where that domain is not accepted.',
      '`Client was not authenticated`: the receiver takes only authenticated senders, for example a mail-enabled public folder closed to outside senders, or an on-premises receive connector without anonymous access.',
    ],
    steps: [
      'Read the words after 5.7.1 in the NDR or in message trace: they decide which of the three cases you have, and often name the group or the rule.',
      '`Delivery not authorized`: `Get-MessageTraceDetailV2` shows a mail flow rule that acted on the message; for a group, check its delivery management in the Exchange admin center (EAC), or ask the group’s owner to allow the sender.',
      '`Unable to relay`: check with `Get-AcceptedDomain` that the recipient domain is accepted where its MX record points, and with `Get-InboundConnector` that the relaying device matches a connector by its public IP address or certificate.',
      '`Client was not authenticated`: make the sending system authenticate or, where the recipient should take outside mail, have its admin allow anonymous senders on it.',
      'If the text says the sending host is blocked by a block list, the sending IP address is listed: request removal from the operator of that list.',
    ],
    classNotes: {
      '4': 'A temporary 4.7.1 usually comes from greylisting or a rate policy on a server outside Microsoft 365: the sending server retries, and a later attempt often passes.',
      '5': 'The permanent form, the one Exchange Online uses for the three refusals: nothing is retried until the setting, the rule or the connector is changed.',
    },
  },
  'X.7.2': {
    title: 'Not allowed to send to the mailing list',
    meaning:
      'The receiving system would not pass the message on to the members of a mailing list, because this sender may not post to it. Exchange Online reports the same situation for its own groups with 5.7.1 or 5.7.124, so 5.7.2 usually comes from an outside list server.',
    causes: [
      'The list takes posts only from its members or from named senders, and this address is not one of them.',
      'The message went out from another address (an alias, a shared mailbox, a forwarding service) than the one subscribed to the list.',
    ],
    steps: [
      'Check which From and envelope sender address left your organization: `Get-MessageTraceV2` shows them.',
      'Ask the list owner to allow the sender, or send from the address that is subscribed.',
    ],
  },
  'X.7.3': {
    title: 'STARTTLS required but not offered',
    meaning:
      'The registry defines a failed conversion between secure messaging formats, which is hardly ever seen. In Exchange Online the code appears as `451 5.7.3 STARTTLS is required to send mail`: a connector requires TLS, the receiving server did not offer STARTTLS, so Microsoft 365 keeps the message queued and reports the text inside 4.4.317. The submission endpoint `smtp.office365.com` also answers `535 5.7.3 Authentication unsuccessful` when a device or app fails to sign in.',
    causes: [
      'The receiving server has no usable certificate bound to SMTP, so it leaves STARTTLS out of its `EHLO` answer; on Exchange Server, typically a wrong `TlsCertificateName` on the Default Frontend receive connector.',
      'TLS was never turned on for the receiving server (common with small Postfix or exim servers).',
      'A firewall that inspects SMTP traffic hides STARTTLS from the server’s answer.',
      'For `535 5.7.3 Authentication unsuccessful`: a wrong password, SMTP AUTH turned off for the mailbox or the organization, or basic authentication blocked for the account.',
    ],
    steps: [
      'Find the text in the `Message` part of the 4.4.317 line and note the server in `LastAttemptedServerName`.',
      'From a network that may use port 25, connect to that server, send `EHLO` and look for STARTTLS in the answer; `openssl s_client -connect <host>:25 -starttls smtp` fails when it is missing.',
      'Bind a valid certificate to SMTP on the server (on Exchange Server, look for event 12014 and fix the `TlsCertificateName` of Default Frontend, then restart the Frontend Transport service), or turn off SMTP inspection on the firewall.',
      'Keep the connector’s TLS requirement; lower it only if you accept unencrypted mail to that server, and never on a partner’s connector without their agreement.',
      'For `535 5.7.3 Authentication unsuccessful`, check the credentials the device uses and the mailbox with `Get-CASMailbox -Identity <mailbox> | Format-List SmtpClientAuthenticationDisabled`.',
    ],
    classNotes: {
      '4': 'The temporary state is reported as 4.4.317 with the 5.7.3 text inside it, and Microsoft 365 retries for the whole retry window (24 hours by default).',
      '5': 'In `451 5.7.3` the basic code 451 is temporary, so Microsoft 365 keeps retrying; when the window ends the NDR reads `550 5.4.317 Message expired, cannot connect to remote server(451 5.7.3 STARTTLS is required to send mail)`. `535 5.7.3 Authentication unsuccessful` ends the session at once: the app must sign in again with working settings.',
    },
  },
  'X.7.4': {
    title: 'Security feature not supported',
    meaning:
      'The message asked for a security feature, such as secure authentication, that the delivery path cannot provide, so it was returned. Exchange Online does not use this code in its own NDRs; expect it only from older or specialised systems.',
    causes: [
      'The sending client or server asked for a security extension that the next server does not implement.',
      'A gateway between the two systems does not support the feature.',
    ],
    steps: [
      'Note which server gave the reply and which command it answered (the sender’s SMTP log shows it).',
      'Send without the special security option, or route the message through a server that supports it.',
    ],
  },
  'X.7.5': {
    title: 'Certificate failed the recipient’s MTA-STS policy',
    meaning:
      'Exchange Online reached an MX host of the recipient domain, but that host’s certificate did not satisfy the domain’s MTA-STS policy, which is in enforce mode, so Microsoft 365 did not hand the message over. The reply is `Remote certificate failed MTA-STS validation. Reason: <validityStatus>`; the fault lies with the recipient domain, not with your connector. The registry’s wider meaning, a missing or invalid key for checking or decrypting a message, is rarely seen.',
    causes: [
      'The MX host’s certificate does not chain to a trusted root, or the server does not send its intermediate certificates.',
      'The certificate’s names (CN or SAN) do not include the MX host name that the policy lists.',
      'The certificate has expired.',
      'When the policy itself no longer lists the domain’s real MX hosts, the code is 4.4.8 instead.',
    ],
    steps: [
      'Read the `Reason` in the reply: it names the check that failed.',
      'Look at the MX host’s certificate: `openssl s_client -connect <mx-host>:25 -starttls smtp -servername <mx-host>` shows its names, dates and chain.',
      'Read the domain’s policy: `Resolve-DnsName -Type TXT _mta-sts.<domain>` and the file at `https://mta-sts.<domain>/.well-known/mta-sts.txt`.',
      'Send what you found to the recipient domain’s admin: they must renew or fix the certificate, or correct the policy.',
    ],
    classNotes: {
      '4': 'Temporary: Microsoft 365 keeps the message in its queue and retries until the retry window ends.',
      '5': 'Permanent: delivery has stopped and the sender gets an NDR; resend once the recipient domain has fixed its certificate.',
    },
  },
  'X.7.6': {
    title: 'Cryptographic algorithm not supported',
    meaning:
      'A system that had to check or decrypt the message could not, because it does not support the algorithm used. This belongs to message-level security (the message itself signed or encrypted) and does not appear in Exchange Online’s own NDRs.',
    causes: [
      'The message was signed or encrypted with an algorithm that the receiving gateway does not implement.',
      'An old security gateway in the path has not been updated.',
    ],
    steps: [
      'Ask the recipient’s admin which algorithms their gateway supports.',
      'Resend with a widely supported algorithm, or without message-level encryption where your policy allows it.',
    ],
  },
  'X.7.7': {
    title: 'Message altered or damaged on the way',
    meaning:
      'A system that was checking the message found that it had been changed or corrupted in transit, so the check failed. Exchange Online does not use this code in its own NDRs; it comes from gateways that verify signed messages.',
    causes: [
      'A server or gateway between sender and recipient changed the message after it was signed: a footer, a disclaimer, rewritten links.',
      'A device in the path rewrote line endings or the encoding.',
    ],
    steps: [
      'Find the hop that changed the message: compare the headers and body of a copy that arrived with the message as sent.',
      'Add disclaimers and footers before the message is signed, or stop the device in the path from rewriting messages.',
    ],
  },
  'X.7.8': {
    title: 'Sign-in to the SMTP server failed',
    meaning:
      'The server rejected the user name and password, or the token, that the client gave in the AUTH command. Exchange Online’s own endpoint `smtp.office365.com` reports such failures as `535 5.7.3 Authentication unsuccessful` or with 5.7.139, so 5.7.8 usually comes from another provider or another mail server.',
    causes: [
      'A wrong or expired password, or a user name that is not the full address the server expects.',
      'The account must use an app password or OAuth, and the plain password is refused.',
      'The account is locked, or the provider’s security policy blocks the sign-in.',
    ],
    steps: [
      'Check the user name and password in the device or app, and sign in with the same account in a browser to see whether it works at all.',
      'If the provider requires OAuth or an app password, change the app’s settings to match.',
      'Look in the provider’s sign-in log for the failed attempt and the reason it gives.',
    ],
  },
  'X.7.9': {
    title: 'Authentication method too weak',
    meaning:
      'The server refused the AUTH method that the client chose, because its policy requires a stronger one for this account. Some providers use it to ask for an app password or OAuth instead of the normal password; Exchange Online does not use it in its NDRs.',
    causes: [
      'The client uses a plain method (PLAIN or LOGIN) where the account must use a stronger one, such as OAuth.',
      'The server’s policy changed and older clients were not updated.',
    ],
    steps: [
      'Switch the client to a method that the server lists in the AUTH line of its `EHLO` answer, preferably OAuth.',
      'Update or replace devices that cannot use a stronger method.',
    ],
  },
  'X.7.10': {
    title: 'Encryption needed before sign-in',
    meaning:
      'The server will not accept the requested authentication over an unencrypted session. The client has to start TLS with `STARTTLS` first, or choose a stronger method.',
    causes: [
      'The client tries to sign in before `STARTTLS`, because its TLS setting is off.',
      'The device supports only old TLS versions, so it never gets an encrypted session.',
    ],
    steps: [
      'Turn on STARTTLS in the client (often labelled TLS or explicit TLS) and use port 587.',
      'If the device cannot do TLS 1.2, update its firmware or send through a relay that can: Exchange Online refuses TLS 1.0 and 1.1 with 4.7.66.',
    ],
  },
  'X.7.11': {
    title: 'This sign-in method needs encryption',
    meaning:
      'The server refused the chosen AUTH method because it may be used only over an encrypted connection. The registry keeps this code for historical reasons: current servers do not offer such methods before TLS starts, so it is seldom seen.',
    causes: [
      'An old client picked the method on an unencrypted session.',
      'The server still advertises methods that it will not accept without TLS.',
    ],
    steps: [
      'Make the client start TLS with `STARTTLS` before it authenticates.',
      'Update the client, or set the server to offer such methods only once the session is encrypted.',
    ],
  },
  'X.7.12': {
    title: 'Recipient accepts mail only from its own organization',
    meaning:
      'In Exchange Online, `Sender was not authenticated by organization` means that the recipient takes mail only from authenticated senders of its own organization, so an outside message is refused. The change can only be made on the recipient’s side. The registry meaning, a password transition required at AUTH, is practically never met.',
    causes: [
      'The recipient is a group, a shared mailbox or another mailbox whose delivery settings accept only senders inside the organization.',
      'Mail from your own application or on-premises server reached Microsoft 365 as anonymous, because no inbound connector marks it as coming from your organization.',
    ],
    steps: [
      'If you are the sender, forward the NDR to the recipient or their admin: nothing on your side fixes it.',
      'As the recipient’s admin, open the recipient in the Exchange admin center (EAC) and allow senders from outside the organization (delivery management for a group, message delivery restrictions for a mailbox), or allow only this sender through a mail contact on the accepted-senders list.',
      'In PowerShell: `Set-DistributionGroup -Identity <group> -RequireSenderAuthenticationEnabled $false`, or the same parameter with `Set-Mailbox` for a mailbox.',
      'If the sender is your own application or server, make it authenticate, or route it through an inbound connector so its mail counts as internal.',
    ],
  },
  'X.7.13': {
    title: 'Recipient accepts only authenticated senders',
    meaning:
      'Exchange Online uses 5.7.13, like 5.7.135, when the recipient, usually a mail-enabled public folder, takes mail only from authenticated senders, so outside mail is refused; the text is `Sender was not authenticated for public folder`. The registry meaning, a disabled user account noticed after a successful sign-in, comes from other servers at AUTH time.',
    causes: [
      'The public folder, or another recipient, requires all senders to be authenticated.',
      'It accepts only the senders on its list, and this sender is not on it.',
      'From another server at AUTH: the account that signed in has been disabled (unpaid, abused, or blocked after a break-in attempt).',
    ],
    steps: [
      'As the sender, pass the NDR to the recipient’s admin: only they can change the setting.',
      'As the recipient’s admin, in the Exchange admin center (EAC) open Public folders, edit the folder’s mail flow settings and allow all senders, or add this sender, as a mail contact, to its list.',
      'Or in PowerShell: `Set-MailPublicFolder -Identity <folder> -RequireSenderAuthenticationEnabled $false`.',
      'For the AUTH meaning, ask the provider’s admin to enable the account again; a new password will not help.',
    ],
  },
  'X.7.14': {
    title: 'Trust relationship with another server required',
    meaning:
      'The submission server would have to fetch the message content from a third-party server (submission by reference, BURL) and has no trust set up with it. Hardly ever seen with Exchange Online.',
    causes: [
      'The client uses an extension that makes the submission server fetch the content from another server, and the two servers were never set up to trust each other.',
      'The server that holds the content, usually an IMAP server, refused access to the submission server.',
    ],
    steps: [
      'Turn off submission by reference in the client, so that it sends the whole message.',
      'Otherwise, the admins of both servers have to configure the trust between them.',
    ],
  },
  'X.7.15': {
    title: 'Message priority too low',
    meaning:
      'The receiving server takes only messages of higher priority for now (the SMTP priority extension, `MT-PRIORITY`) and refused this one. Exchange Online does not use this extension; the code comes from specialised systems.',
    causes: [
      'The server runs in a restricted mode that admits only high-priority mail, for example during an emergency or an overload.',
      'The sender set a priority below the server’s minimum.',
    ],
    steps: [
      'Resend later, or with a higher priority if you are entitled to use one.',
      'Ask the receiving system’s admin which priorities it accepts.',
    ],
    classNotes: {
      '4': 'Temporary: the server may accept lower priorities again later, and the sender retries.',
      '5': 'Permanent: this server will not take that priority; change it or use another route.',
    },
  },
  'X.7.16': {
    title: 'Message too big for its priority',
    meaning:
      'The server accepts messages of this priority only up to a certain size, and this one is larger. It belongs to the priority extension (`MT-PRIORITY`), which Exchange Online does not use.',
    causes: [
      'The server is in a mode where only small high-priority messages pass.',
      'Large attachments on a message sent with high priority.',
    ],
    steps: [
      'Send a smaller message (share a link instead of attaching the file), or send it with normal priority.',
      'Ask the receiving system’s admin about the size limits for each priority.',
    ],
  },
  'X.7.17': {
    title: 'Mailbox has a new owner',
    meaning:
      'The message asked the receiver to confirm that the mailbox has belonged to the same person since a given date (the `RRVS` extension or the `Require-Recipient-Valid-Since` header field), and the receiver knows it has not. The message is refused so that it does not reach the new owner of a reused address; Exchange Online does not use this check.',
    causes: [
      'The address was closed and later given to someone else.',
      'The sending system asks with an old date, for example from an old subscriber list.',
    ],
    steps: [
      'Confirm the recipient’s current address through another channel before resending.',
      'Update the address and its date in the sending system (mailing list, CRM).',
    ],
  },
  'X.7.18': {
    title: 'Recipient domain has a new owner',
    meaning:
      'Like 5.7.17, but the receiver reports that the whole recipient domain changed hands after the date given in the check. The message is refused so that it does not reach the domain’s new owner.',
    causes: [
      'The recipient organization let its domain expire and someone else registered it.',
      'The domain was sold or passed to another organization.',
    ],
    steps: [
      'Stop sending to that domain and confirm the recipient’s new address through another channel.',
      'Remove or update the addresses in that domain in the sending system.',
    ],
  },
  'X.7.19': {
    title: 'Address history check not possible',
    meaning:
      'The message carried an address history check (`RRVS`), but the receiver has no record of when the mailbox was created or changed owner, so it cannot answer. The sender decides whether to send again without the check.',
    causes: [
      'The receiving system does not keep the date the check needs.',
      'The mailbox is older than the records kept on the receiving system.',
    ],
    steps: [
      'Decide whether the message may go without the check; if so, resend it without the option.',
      'For sensitive mail, confirm the recipient through another channel first.',
    ],
  },
  'X.7.20': {
    title: 'No valid DKIM signature',
    meaning:
      'The receiver requires a DKIM signature that verifies, and the message had none. Receivers with strict policies use this code; many answer the same situation with 5.7.26 or 5.7.1 instead.',
    causes: [
      'DKIM signing is not turned on for your domain in Microsoft 365, or its two CNAME records (`selector1._domainkey`, `selector2._domainkey`) are missing.',
      'A server or gateway after Microsoft 365 changed the message (a footer, rewritten links) and broke the signature.',
      'A third-party service sends in your domain’s name without DKIM set up for it.',
    ],
    steps: [
      'Check the `Authentication-Results` header of a message sent to a test mailbox: it shows `dkim=pass` or the reason for the failure.',
      'Turn DKIM on for the domain: if `Get-DkimSigningConfig` does not list it, create it with `New-DkimSigningConfig -DomainName <domain> -Enabled $false`, publish the two CNAME records at your DNS host, then run `Set-DkimSigningConfig -Identity <domain> -Enabled $true`.',
      'Set up DKIM with your domain in every other service that sends for it.',
    ],
  },
  'X.7.21': {
    title: 'No acceptable DKIM signature',
    meaning:
      'The message had a DKIM signature that verified, but none that the receiver’s policy accepts, for example because of the signing domain, the key length or the algorithm.',
    causes: [
      'The signature uses a key that the receiver considers too short, or a signing domain it does not accept.',
      'The signature uses an algorithm the receiver rejects, such as the old `rsa-sha1`.',
    ],
    steps: [
      'Read the receiver’s reply and the `Authentication-Results` header for the reason it gives.',
      'Sign with your own domain and a 2048-bit key; in Microsoft 365, `Rotate-DkimSigningConfig -Identity <domain> -KeySize 2048` moves the domain to a longer key.',
    ],
  },
  'X.7.22': {
    title: 'No DKIM signature for the From domain',
    meaning:
      'The message had a valid DKIM signature, but not one for the domain in the From address, which the receiver requires. It is a narrower case of 5.7.21.',
    causes: [
      'DKIM is not turned on for your own domain, so Microsoft 365 signs with the tenant’s `onmicrosoft.com` domain, which does not match the From address.',
      'A third-party service sends in your domain’s name but signs with its own domain.',
    ],
    steps: [
      'Turn on DKIM for every custom domain you send from: `Get-DkimSigningConfig` lists the domains and shows which are enabled.',
      'Set the other services that send as your domain to sign with your domain, usually by publishing the CNAME or TXT records they give you.',
    ],
  },
  'X.7.23': {
    title: 'Rejected for an SPF failure',
    meaning:
      'The receiving system checked SPF for the sending domain and got a fail: the IP address that delivered the message is not allowed by the domain’s SPF record, so the message was refused. In Exchange Online’s NDR the text reads `The message was rejected because of Sender Policy Framework violation`; the receiver is usually outside Microsoft 365.',
    causes: [
      'Your domain’s SPF record does not include Microsoft 365 (`include:spf.protection.outlook.com`) or another system that sends in its name, such as an on-premises server or a mailing service.',
      'Mail from a domain that is not added and verified in your tenant is relayed through Microsoft 365, and that domain’s SPF record does not list Microsoft 365.',
      'Microsoft 365 judged the outgoing message to be spam and sent it through its high-risk delivery pool, whose addresses do not pass SPF.',
      'The message was forwarded by a server that the domain’s SPF record does not list.',
    ],
    steps: [
      'Read the domain’s SPF record with `Resolve-DnsName -Type TXT <domain>` or `nslookup -type=txt <domain>`: there must be exactly one record that starts with `v=spf1`.',
      'Have every system that sends for the domain added at your DNS host: Microsoft 365 with `include:spf.protection.outlook.com`, on-premises servers with their public IP addresses.',
      'Check with `Get-AcceptedDomain` that the sending domain is an accepted domain of your tenant.',
      'If the message was treated as outbound spam, check the sender’s account for compromise and look at the outbound spam alerts in the Microsoft Defender portal.',
    ],
  },
  'X.7.24': {
    title: 'SPF check could not be completed',
    meaning:
      'The receiver tried to check SPF for the sending domain, but the check ended in an error rather than a pass or a fail: the record could not be read or could not be evaluated.',
    causes: [
      'The record needs more than 10 DNS lookups (too many `include:` terms), a permanent error.',
      'The domain has two SPF records, or one with a syntax error.',
      'The domain’s name servers did not answer in time, a temporary error.',
    ],
    steps: [
      'Read the record with `Resolve-DnsName -Type TXT <domain>` and count the terms that cost a lookup (`include:`, `a`, `mx`, `redirect=`), nested records included.',
      'Merge several records into one and remove entries for services you no longer use.',
      'For timeouts, ask your DNS host to check the domain’s name servers.',
    ],
    classNotes: {
      '4': 'Temporary (an SPF temperror, usually a DNS timeout): the sender retries, and the check often passes once DNS answers again.',
      '5': 'Permanent (an SPF permerror, a broken record): every message fails until the record is fixed.',
    },
  },
  'X.7.25': {
    title: 'IPv6 sender without reverse DNS',
    meaning:
      'The sending server connected over IPv6, and its IPv6 address has no reverse DNS (PTR) record, so the receiver refused it. Microsoft 365 requires one for anonymous mail over IPv6 and answers that the address `must have a reverse DNS record`.',
    causes: [
      'No PTR record was ever created for the server’s IPv6 address; many providers do not create one by default.',
      'The server started sending over IPv6 once IPv6 was turned on in its network, and nobody set up reverse DNS for it.',
      'Other receivers also refuse when the name in the PTR record does not resolve back to the same address.',
    ],
    steps: [
      'Take the sending IPv6 address from the reply and look it up: `Resolve-DnsName -Type PTR <IPv6 address>` or `nslookup <IPv6 address>`.',
      'Ask whoever holds the reverse zone for that address (usually the ISP or hosting provider, not the DNS host of your domain) to create a PTR record with the server’s name, and give that name an AAAA record with the same address.',
      'Until then, make the server send to that destination over IPv4.',
    ],
    classNotes: {
      '4': 'Microsoft 365 has also answered this case with 450 4.7.25: the sending server retries, but every attempt fails until the PTR record exists.',
      '5': 'The permanent form: the sender gets an NDR at once and has to resend after the fix.',
    },
  },
  'X.7.26': {
    title: 'Several authentication checks failed',
    meaning:
      'The message failed more than one of the receiver’s authentication checks. Microsoft 365 uses 4.7.26 for mail that arrives over IPv6 and passes neither SPF nor DKIM (the text says it `must pass either SPF or DKIM validation`); Gmail and others answer 5.7.26 when SPF and DKIM both fail or the domain’s DMARC policy rejects the message.',
    causes: [
      'The sending server’s IPv6 address is not in the domain’s SPF record; many records list only IPv4 addresses.',
      'The message is not DKIM-signed, or the signature broke on the way.',
      'The From domain has a DMARC policy of reject or quarantine, and neither SPF nor DKIM passes for that domain.',
    ],
    steps: [
      'Read the reply: it names the sending address and the checks that failed.',
      'Add the server’s IPv6 address or range to the SPF record with `ip6:`, and make sure SPF covers every system that sends for the domain.',
      'Turn on DKIM signing for the domain in every system that sends for it; in Microsoft 365, `Set-DkimSigningConfig -Identity <domain> -Enabled $true`.',
      'Check the `Authentication-Results` header of a test message before sending again.',
    ],
    classNotes: {
      '4': 'Microsoft 365’s form (450 4.7.26): the sending server retries, but every attempt fails until SPF or DKIM passes, and in the end the sender gets an NDR from its own server.',
      '5': 'The permanent form, common from Gmail: the message is refused at once; fix SPF, DKIM or DMARC alignment, then resend.',
    },
  },
  'X.7.27': {
    title: 'Sender’s domain cannot receive mail (null MX)',
    meaning:
      'The sender’s domain publishes a null MX record (a single MX that points at `.`), which says that it never receives mail. The receiver refused the message, since a reply or a bounce to such a domain would have nowhere to go.',
    causes: [
      'An application sends from a no-reply domain or subdomain that has a null MX.',
      'A null MX was published by mistake on a domain that does send mail, for example during a migration.',
    ],
    steps: [
      'Check the sending domain with `Resolve-DnsName -Type MX <domain>`: a null MX shows as a single record whose name is `.`.',
      'Send from a domain that can receive mail, or replace the null MX with real MX records.',
    ],
  },
  'X.7.28': {
    title: 'Part of a mail flood',
    meaning:
      'The receiver believes the message belongs to a flood of similar abusive messages and refused it. The code comes from an Internet-Draft and is rarely seen.',
    causes: [
      'An application or a mail loop sends many nearly identical messages to the same recipient.',
      'A large bulk send reached one provider all at once.',
    ],
    steps: [
      'Check in message trace how many messages went to that recipient in a short time: `Get-MessageTraceV2 -RecipientAddress <address>`.',
      'Stop the loop or the bulk job, and spread large sends over time.',
    ],
  },
  'X.7.29': {
    title: 'ARC check failed',
    meaning:
      'The receiver checked the message’s ARC chain (the seals that forwarders and filtering services add to record earlier authentication results), found it broken or invalid, and refused the message. Rare as a rejection code.',
    causes: [
      'A forwarder, mailing list or filtering service changed the message after sealing it, or sealed it incorrectly.',
      'A seal was made with a key that the receiver cannot find in DNS.',
    ],
    steps: [
      'Find the intermediary that added the most recent `ARC-Seal` header: its admin has to fix its ARC signing.',
      'Meanwhile, send to the recipient directly, without the forwarder in between.',
    ],
  },
  'X.7.30': {
    title: 'Next server does not support REQUIRETLS',
    meaning:
      'The message was sent with the `REQUIRETLS` option, which asks every hop to use verified TLS, and none of the servers it had to go to next supports that option, so it was returned. Rarely seen.',
    causes: [
      'The sending client or server asked for `REQUIRETLS`, and the recipient’s servers do not offer it.',
      'A forwarding or relay server on the way does not support it.',
    ],
    steps: [
      'Check whether the recipient’s servers list `REQUIRETLS` in their `EHLO` answer.',
      'Resend without the option if ordinary TLS is enough for the content, or agree a secure route with the recipient.',
    ],
  },
} satisfies CodeTextsPart;
