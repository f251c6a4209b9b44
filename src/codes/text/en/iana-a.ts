/** Registry texts (en): see src/codes/text/README.md for who writes what and how. */
import type { CodeTextsPart } from '../../types';

export default {
  'X.0.0': {
    title: 'Unspecified status',
    meaning:
      'The server that wrote this reply says only whether the outcome is a success, a temporary failure or a permanent one, and gives no subject or detail. Whatever is useful is in the text after the code.',
    causes: [
      'The receiving server, or a filter or gateway in front of it, uses X.0.0 for every reply it has no specific code for.',
      'A policy or anti-spam rule on the receiving side refused the message and keeps the exact reason to itself.',
      'An application or script built its own reply and put a generic code in it.',
    ],
    steps: [
      'Read the whole reply line in the NDR or in message trace (`Get-MessageTraceDetailV2`): the words after the code usually name the problem.',
      'Note which server wrote it (the host named in the NDR’s diagnostic information) to know whose side it is on.',
      'If the text says nothing useful, send the recipient’s admin the full line with its date and time; only their logs show the reason.',
    ],
    classNotes: {
      '2': 'As 2.0.0 it simply means success: many servers acknowledge an accepted message with `250 2.0.0 OK`. There is nothing to fix.',
      '4': 'As 4.0.0 the sending server keeps the message in its queue and tries again; it becomes an NDR only when the retry window ends.',
      '5': 'As 5.0.0 the message is refused for good: sending the same message again unchanged fails the same way.',
    },
  },
  'X.1.0': {
    title: 'Address problem',
    meaning:
      'Something about an address, the sender’s or a recipient’s, stopped the message, and the server gives no more precise code. In Exchange Online it usually reads `550 5.1.0 Sender denied` and means that an address could not be resolved or was refused.',
    causes: [
      'A reply to a message that was saved as a file and opened elsewhere: the reply carries an internal Exchange address (legacyExchangeDN) instead of an SMTP address, and the lookup fails.',
      'An address wrapped by an older gateway or migration tool (it starts with `IMCEA`) that no longer resolves.',
      'The recipient’s server refuses the sender, for example because the sending domain’s SPF record is broken (`SPF Permanent Error`: two SPF records, too many lookups) or because the sender is on its block list.',
    ],
    steps: [
      'Compare the address in the NDR with the one the sender meant: look for an `IMCEA` prefix, an X.500 string or a typing error.',
      'Have the sender write a new message and enter the address again (typed or picked from the address book) instead of replying to the old item.',
      'If the text mentions SPF, read your domain’s SPF record (`Resolve-DnsName -Type TXT <domain>`) and correct its syntax so that only one record remains.',
      'If the recipient’s server refuses you, ask its admin whether your address or domain is blocked there.',
    ],
    classNotes: {
      '4': 'A 4.1.0 is rare: the sending server retries, and the cause is usually a lookup on the receiving side that failed for the moment.',
      '5': 'As 5.1.0 nothing is retried: correct the address, then send a new message.',
    },
  },
  'X.1.1': {
    title: 'Recipient address does not exist',
    meaning:
      'The receiving system has no mailbox for the part of the address before the @: the domain is right, but that user is not there. Exchange writes it as `RESOLVER.ADR.RecipNotFound` for an SMTP address and `RESOLVER.ADR.ExRecipNotFound` for an internal Exchange address.',
    causes: [
      'A typing error, or an address that is out of date: the person left, or the mailbox was deleted or renamed.',
      'A stale Outlook Auto-Complete entry that still holds the recipient’s old internal address, typically after the mailbox moved between on-premises Exchange and Exchange Online; the NDR then shows an `IMCEAEX` address.',
      'A forwarding, inbox or mail flow rule at the recipient that sends copies on to an address that no longer exists.',
      'At your own domain: the recipient exists only on-premises while the accepted domain is Authoritative, or directory synchronization has not created it in Exchange Online yet.',
    ],
    steps: [
      'Check the address in the NDR character by character against the one the sender meant; if it differs from the copy in Sent Items, a forward rewrote it.',
      'For a stale Auto-Complete entry, have the sender delete the suggestion and type the full address.',
      'If the NDR shows an `IMCEAEX` address for a user who still exists, add that old address to the user as an X500 proxy address (`Set-Mailbox <user> -EmailAddresses @{Add="X500:<legacyExchangeDN>"}`; for a synchronized user, in on-premises Active Directory).',
      'For your own domain, confirm the recipient with `Get-Recipient <address>` and the domain type with `Get-AcceptedDomain`.',
    ],
    classNotes: {
      '4': 'A 4.1.1 is unusual: some servers give it while their directory cannot be reached, and the sender’s server retries. If it lasts until the retry window ends, it becomes a 5.1.1.',
      '5': 'The usual form. Nothing is retried: fix the address or the directory, then send again. Outside senders writing to a missing address at an Authoritative domain of Exchange Online get 5.4.1 instead.',
    },
  },
  'X.1.2': {
    title: 'Recipient domain cannot take mail',
    meaning:
      'The part of the address after the @ is no good for mail: the domain does not exist, or it exists but publishes no mail server. Exchange’s own form is `ROUTING.InvalidAddress`; a recipient domain missing from DNS altogether shows up in Exchange Online as 5.4.310.',
    causes: [
      'A typing error in the domain (`contoso.con`, a missing letter, a wrong country ending).',
      'The domain expired or was given up, so its DNS records are gone.',
      'The domain has no MX record and no usable address record, or publishes a null MX that says it takes no mail.',
    ],
    steps: [
      'Check the spelling of the domain in the NDR.',
      'Look up the domain’s mail servers: `Resolve-DnsName -Type MX <domain>` (or `nslookup -type=mx <domain>`).',
      'If the domain is spelled right but has no mail records, tell the recipient by another channel; only they or their DNS hosting provider can fix it.',
    ],
    classNotes: {
      '4': 'A 4.1.2 usually means the DNS lookup failed for the moment; the sending server retries until its retry window ends.',
      '5': 'As 5.1.2 the domain is taken as unable to receive mail, and nothing is retried.',
    },
  },
  'X.1.3': {
    title: 'Recipient address is malformed',
    meaning:
      'The recipient address is not written the way an address must be, so the server refuses it before looking anyone up. Many servers, Exchange among them, answer a badly formed `RCPT TO` with `501 5.1.3 Invalid address`.',
    causes: [
      'A typing or copy-and-paste error: a space, comma or semicolon inside the address, two @ signs, no domain.',
      'An application, scanner or script that sends the display name or extra characters as part of the address.',
      'Non-ASCII characters in the address, sent to a server that does not support internationalized addresses (that case can also appear as 5.6.7).',
    ],
    steps: [
      'Copy the recipient address from the NDR and check every character, including spaces at either end.',
      'If an application sent the message, find the exact `RCPT TO` line in its SMTP log and correct the address in its settings.',
      'If the address is stored in a contact or group of your tenant, correct it there (`Get-MailContact <name> | Format-List ExternalEmailAddress`, `Get-DistributionGroupMember <group>`).',
    ],
    classNotes: {
      '4': 'A 4.1.3 is rare, since a badly written address does not fix itself: treat it like the permanent case.',
      '5': 'As 5.1.3 nothing is retried: correct the address and send again.',
    },
  },
  'X.1.4': {
    title: 'Recipient address matches several recipients',
    meaning:
      'The receiving system found more than one recipient for the address and will not guess which one is meant. Exchange reports it as `RESOLVER.ADR.Ambiguous` when two directory objects carry the same address.',
    causes: [
      'Two objects (mailbox, mail user, contact, group, public folder) hold the same SMTP or X500 proxy address, often left over from a migration or a re-created account.',
      'In a hybrid setup, an on-premises object and a cloud object both claim the address.',
      'On other systems, a server that matches addresses loosely (by name or alias) and finds several candidates.',
    ],
    steps: [
      'If the address is in your tenant, list every object that carries it: `Get-Recipient -ResultSize Unlimited | Where-Object {$_.EmailAddresses -match "<address>"}`.',
      'Remove the address from the object that should not have it (in on-premises Active Directory if the object is synchronized), then let synchronization run.',
      'If the error comes from another organization, send its admin the address and the NDR; only they can clean up their directory.',
    ],
    classNotes: {
      '4': 'A temporary form lets the sender’s server retry, so removing the duplicate within the retry window lets the message through. Exchange gives its own temporary form as 4.2.0 with the same `RESOLVER.ADR.Ambiguous` text.',
      '5': 'As 5.1.4 nothing is retried: remove the duplicate, then send again.',
    },
  },
  'X.1.5': {
    title: 'Recipient address accepted',
    meaning:
      'A success code: the receiving server checked the recipient address and takes mail for it. It is the normal answer to `RCPT TO` (`250 2.1.5 Recipient OK` on Exchange) and also appears in logs and delivery reports for recipients that were handled without trouble.',
    causes: [
      'The recipient address exists, or the server takes mail for the whole domain and sorts it out later.',
      'Inside Exchange, a routing step that went well, such as a group being expanded (`RESOLVER.GRP.Expanded`) or a message forwarded to another recipient.',
    ],
    steps: [
      'Nothing to fix: the address was accepted at this hop.',
      'If the message still did not arrive, follow it further with message trace (`Get-MessageTraceV2`, then `Get-MessageTraceDetailV2`): an accepted address is not yet a delivered message.',
    ],
  },
  'X.1.6': {
    title: 'Recipient moved, no forwarding address',
    meaning:
      'The address used to work, but the receiving system no longer takes mail for it and knows no new address. Exchange Online rarely says this; servers that keep a list of former users do.',
    causes: [
      'The person left the organization or changed address, and the old one was retired on purpose.',
      'An old address kept in a contact, a distribution list or an application that nobody updated.',
    ],
    steps: [
      'Find the person’s new address by another channel and update the contact or list entry.',
      'If a system or mail flow rule of yours sends to this address automatically, replace or remove the address there.',
    ],
    classNotes: {
      '4': 'A temporary 4.1.6 makes the sender’s server retry, but the address will not come back by itself: treat it as permanent.',
      '5': 'As 5.1.6 nothing is retried: send the message again to the new address.',
    },
  },
  'X.1.7': {
    title: 'Sender address is malformed',
    meaning:
      'The envelope sender given in `MAIL FROM` is not a valid address, so the receiving server will not take the message. Many servers answer with `501 5.1.7 Invalid address`; the sender is almost always an application or a device, not a person.',
    causes: [
      'A scanner, printer, monitoring tool or script that puts a display name, spaces or no angle brackets into `MAIL FROM`.',
      'A sender address with a typing error or without a domain, such as a bare host name.',
      'Non-ASCII characters in the sender address, sent to a server that does not support them.',
    ],
    steps: [
      'Find the exact `MAIL FROM` line in the sending application’s SMTP log.',
      'Set the application’s sender to a plain, complete address in a domain you own, for example `scanner@contoso.com`.',
      'Send a test message and read the reply again.',
    ],
    classNotes: {
      '4': 'A 4.1.7 is rare: the client may retry, but the address stays wrong until its settings change.',
      '5': 'As 5.1.7 nothing is retried: fix the sender setting, then send again.',
    },
  },
  'X.1.8': {
    title: 'Sender blocked, or sender domain invalid',
    meaning:
      'In the standard, the domain of the sender address cannot take return mail, for example because it does not exist in DNS. Exchange Online also uses 5.1.8 for something else: `Access denied, bad outbound sender` means that the service has blocked the sending account because it sent spam.',
    causes: [
      'In Exchange Online: the account was compromised (phishing, a leaked password) and sent spam, so Microsoft 365 stopped it from sending.',
      'From another server: it cannot find an MX or address record for your sender domain (`Sender address rejected: Domain not found`), often a subdomain or test domain that an application sends from.',
      'A typing error in the sender domain set in an application or device.',
    ],
    steps: [
      'For `Access denied, bad outbound sender`, treat the account as compromised: reset the password, sign out its sessions, check inbox rules and forwarding, and look for unknown messages in Sent Items.',
      'Then release the account on the Restricted entities page of the Microsoft Defender portal (`Get-BlockedSenderAddress` lists blocked senders); sending works again within a few hours.',
      'For a rejection by another server, check that your sender domain resolves (`Resolve-DnsName -Type MX <domain>`) and publish an MX record, or at least an address record, for the domain the application sends from.',
    ],
    classNotes: {
      '4': 'A 4.1.8 usually comes from a server whose DNS lookup of your sender domain failed for the moment; it retries, and a DNS fix within the retry window lets the message through.',
      '5': 'As 5.1.8 nothing is retried, and a blocked account stays blocked until an admin releases it.',
    },
  },
  'X.1.9': {
    title: 'Relayed to a system that cannot report further',
    meaning:
      'The address was valid, but the message went on to a system that does not support the protocol this status belongs to, so no further status can be given. It comes from message tracking (RFC 3886) and is hardly ever seen in Exchange Online mail flow.',
    causes: [
      'A tracking or delivery-status request passed through a relay that does not support it, so the trail ends there.',
      'In Exchange’s own transport, the same number marks a sender address with non-ASCII characters that the next server cannot accept (`SMTPSEND.Utf8SenderAddress`).',
    ],
    steps: [
      'Read the text after the code to see which of the two cases it is.',
      'For the non-ASCII sender, send from an address made only of ASCII characters, or ask the receiving side whether it supports SMTPUTF8.',
      'For the tracking case there is nothing to fix; the message itself may well have been delivered, so ask the recipient.',
    ],
  },
  'X.1.10': {
    title: 'Recipient not found, or domain takes no mail',
    meaning:
      'In the standard, the recipient domain publishes a null MX (an MX record whose host is a single dot), which states that it accepts no mail at all. Exchange Online uses 5.1.10 for something else: `RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup` means that no recipient in the tenant’s directory has that address.',
    causes: [
      'Exchange Online: the address was mistyped, or the mailbox, mail user or group was deleted, renamed or never created (for example not yet synchronized from on-premises).',
      'Exchange Online: a forwarding, inbox or mail flow rule sends a copy to an address that no longer exists.',
      'Exchange Online: backscatter, an NDR for a message nobody in your organization sent, because a spammer used your address as the sender.',
      'Null MX: the recipient domain exists for a website or other services and declares that it takes no mail.',
    ],
    steps: [
      'Check the address in the NDR; if the recipient is in your tenant, confirm it exists with `Get-Recipient <address>` and, for a user, that it has a licence and a mailbox.',
      'Look for rules that send to the address: inbox rules (`Get-InboxRule -Mailbox <user>`), mailbox forwarding, and the mail flow rules in the Exchange admin center.',
      'If the user is on-premises, check that directory synchronization created a mail user for them and that the accepted domain type fits (`Get-AcceptedDomain`: Internal Relay passes unknown addresses on to on-premises).',
      'For a null MX (`Resolve-DnsName -Type MX <domain>` returns a single dot as the host), the domain wants no mail: ask the recipient for another address.',
    ],
    classNotes: {
      '4': 'A 4.1.10 is rare: a server may retry after a temporary lookup problem, but a null MX gives the same answer every time.',
      '5': 'The usual form, and nothing is retried. Outside senders writing to a missing address at an Authoritative domain get 5.4.1 instead (directory-based edge blocking).',
    },
  },
  'X.2.0': {
    title: 'Mailbox problem',
    meaning:
      'The recipient’s mailbox exists, but something about it stops delivery and the server gives no more precise code. In Exchange the text after the code usually names a broken directory object: a bad forwarding target, a contact without a valid external address, a missing primary SMTP address.',
    causes: [
      'Forwarding on the mailbox points to a recipient that was deleted or is not mail-enabled (`RESOLVER.FWD.NotFound`).',
      'A mail contact or mail user whose external address is missing or invalid.',
      'The recipient object has no valid primary SMTP address (`RESOLVER.ADR.BadPrimary`), often after a failed migration or directory synchronization.',
      'At another organization: any mailbox condition its server does not describe more precisely.',
    ],
    steps: [
      'Read the text after the code; a `RESOLVER` reason means the fix is in the recipient’s directory object.',
      'For your own recipient, check forwarding and addresses: `Get-Mailbox <user> | Format-List ForwardingAddress,ForwardingSmtpAddress,PrimarySmtpAddress,EmailAddresses`; for a contact, `Get-MailContact <name> | Format-List ExternalEmailAddress`.',
      'Correct or clear the forwarding target or the address (in on-premises Active Directory if the object is synchronized), then send again.',
      'If the recipient is in another organization, send its admin the full line from the NDR.',
    ],
    classNotes: {
      '4': 'As 4.2.0 the mailbox cannot take mail for the moment (it is being moved, or the server cannot open it); the sender’s server retries.',
      '5': 'As 5.2.0 nothing is retried: the directory object has to be fixed first.',
    },
  },
  'X.2.1': {
    title: 'Mailbox disabled',
    meaning:
      'The mailbox exists but is switched off for incoming mail. Whether that is temporary or final depends on the receiving side; it comes mostly from mail providers that disable the mailboxes of closed or suspended accounts.',
    causes: [
      'The provider closed, suspended or froze the account (unpaid, unused for a long time, or locked for abuse).',
      'The recipient’s admin disabled the mailbox or blocked its incoming mail, for example while a person leaves or during a migration.',
    ],
    steps: [
      'Contact the recipient by another channel and ask for an address that works.',
      'If the recipient should be reachable, ask their admin to enable the mailbox again, then resend.',
      'If the address belongs to your own tenant, check the user in the Microsoft 365 admin center (sign-in blocked, licence removed, mailbox deleted) and restore what is missing.',
    ],
    classNotes: {
      '4': 'As 4.2.1 the mailbox is switched off only for now: the sender’s server retries and delivers if it is turned back on within the retry window.',
      '5': 'As 5.2.1 the mailbox is not expected to come back: use another address.',
    },
  },
  'X.2.2': {
    title: 'Mailbox full',
    meaning:
      'The recipient’s mailbox has no room left, so the receiving server will not store the message. In Exchange Online the same code also comes back when the sender has gone over a sending quota.',
    causes: [
      'The recipient’s mailbox has reached its storage quota (in Exchange NDRs often with `QuotaExceededException`).',
      'The sender’s own mailbox or account has gone over a submission or sending limit.',
    ],
    steps: [
      'Read the NDR: it says whether the recipient’s mailbox or the sender’s quota is full.',
      'For a full recipient mailbox, tell the recipient (or their admin) to free space or raise the quota, then resend.',
      'For your own user, check the mailbox size (`Get-MailboxStatistics <user> | Format-List TotalItemSize`, or the Exchange admin center) and archive or delete old items.',
    ],
    classNotes: {
      '4': 'As a temporary failure the sender’s server keeps retrying; the message goes through once space is freed within the retry window.',
      '5': 'As a permanent failure nothing is retried: resend the message once there is room.',
    },
  },
  'X.2.3': {
    title: 'Message too large for this mailbox or sender',
    meaning:
      'The message is bigger than a size limit set for one mailbox, sender or group, below the system’s general limit. Exchange names the limit that applies: `RESOLVER.RST.RecipSizeLimit` (the recipient’s), `RESOLVER.RST.SendSizeLimit.Sender` (the sender’s) or `RESOLVER.RST.SendSizeLimit.Org` (the organization’s).',
    causes: [
      'Large attachments, which grow by about a third when they are encoded for sending.',
      'A per-mailbox limit (`MaxSendSize` or `MaxReceiveSize`) set lower than the message, on the sender or on the recipient.',
      'A size limit on a distribution group, or a mail flow rule that limits message size.',
    ],
    steps: [
      'Read which limit the NDR names: the sender’s, the recipient’s or the organization’s.',
      'Share large files as a OneDrive or SharePoint link instead of attaching them, or split them over several messages.',
      'To change a limit for your own user, read it with `Get-Mailbox <user> | Format-List MaxSendSize,MaxReceiveSize` and set it with `Set-Mailbox <user> -MaxSendSize <size> -MaxReceiveSize <size>`.',
      'If the recipient’s organization set the limit, only its admin can raise it.',
    ],
    classNotes: {
      '4': 'A 4.2.3 is unusual, since the message does not shrink between retries: treat it like the permanent case.',
      '5': 'The usual form: nothing is retried until the message is smaller or the limit is raised.',
    },
  },
  'X.2.4': {
    title: 'Distribution list could not be expanded',
    meaning:
      'The address belongs to a mailing list or distribution group, and the server could not turn it into the list of its members. In Exchange the common case is a dynamic distribution group with a broken filter (`RESOLVER.GRP.DDLQuery`).',
    causes: [
      'A dynamic distribution group whose recipient filter is invalid or out of date, for example one that refers to a deleted container or attribute.',
      'A group whose members or nested groups cannot be read because of a directory problem.',
      'At another organization: a mailing list server that is down or misconfigured.',
    ],
    steps: [
      'If the group is yours, read its filter: `Get-DynamicDistributionGroup <group> | Format-List RecipientFilter`.',
      'Preview whom the filter finds with `Get-Recipient -RecipientPreviewFilter (Get-DynamicDistributionGroup <group>).RecipientFilter`, and correct it with `Set-DynamicDistributionGroup` if it fails or finds no one.',
      'For a list at another organization, send its admin the NDR, and write to the members directly in the meantime.',
    ],
    classNotes: {
      '4': 'As 4.2.4 the list server had a passing problem, and the sender’s server retries.',
      '5': 'As 5.2.4 the list cannot be expanded the way it is set up: fix the group, then send again.',
    },
  },
  'X.3.0': {
    title: 'Mail system problem',
    meaning:
      'The receiving system exists and normally takes mail, but something on it got in the way, and the server gives no more precise code. The cause is on the receiving server; the text after the code says what.',
    causes: [
      'A passing fault on the receiving server: a database or disk error, a service restart, a crash while the message was being stored.',
      'A filter, antivirus or archiving product on the receiving side that failed and answered with a generic code.',
      'A server that uses this code for all of its internal errors.',
    ],
    steps: [
      'Read the full reply text and note the server named in the NDR’s diagnostic information.',
      'If the failure is temporary, let the sender’s server retry, and check in message trace (`Get-MessageTraceV2`) whether a later attempt succeeded.',
      'If it keeps failing, send the recipient’s admin the full line with its date and time (UTC); if the server is yours, read its event log and transport logs from that time.',
    ],
    classNotes: {
      '2': 'Some servers add 2.3.0 to success replies, for example when closing the connection; there is nothing to fix.',
      '4': 'As 4.3.0 the message stays in the sender’s queue and is retried until the retry window ends.',
      '5': 'As 5.3.0 the receiving system refused the message for good; sending it again unchanged usually fails the same way.',
    },
  },
  'X.3.1': {
    title: 'Mail system out of storage',
    meaning:
      'The receiving server as a whole has run out of storage (disk, queue or database space), so this is not one user’s quota. It is meant as a temporary condition: the sender’s server retries.',
    causes: [
      'The disk that holds the mail queue or the mailbox databases on the receiving server is full.',
      'On Exchange Server, back pressure: the transport service refuses new mail while disk space or memory runs low (`452 4.3.1 Insufficient system resources`).',
      'Logs or a queue that grew unchecked, for example during a mail loop or a spam flood.',
    ],
    steps: [
      'If the receiving server belongs to someone else, tell its admin and wait: the sender’s server retries on its own.',
      'If it is your on-premises Exchange server behind a connector, check free space on the queue and database drives, and look for back-pressure events (15004 to 15007) in the Application log.',
      'Free space (old logs, a queue that grew too large), then confirm in message trace (`Get-MessageTraceV2`) that mail flows again.',
    ],
    classNotes: {
      '4': 'The normal form: retries continue until space is freed or the retry window ends.',
      '5': 'A 5.3.1 is unusual; some servers use it when they give up on the message. Send again once the receiving side has space.',
    },
  },
  'X.3.2': {
    title: 'Receiving system not taking mail now',
    meaning:
      'The server that holds the mailbox is not taking messages at the moment: it is shutting down, overloaded or in maintenance, or, with 521, it takes no mail at all. In Exchange Online the usual form is `432 4.3.2 STOREDRV.Deliver; recipient thread limit exceeded`: one mailbox receives too many messages too fast, and delivery to it is slowed down.',
    causes: [
      'Exchange Online: a single recipient is flooded (a notification system, a mail storm, a loop), and the service throttles delivery to that mailbox.',
      'An on-premises Exchange server in maintenance mode or with transport components inactive, which answers `421 4.3.2 Service not available`.',
      'A receiving server that is overloaded or restarting.',
      'With 521: a host that states it never accepts mail.',
    ],
    steps: [
      'For `recipient thread limit exceeded`, wait, since the message is retried; then find the sender flooding the mailbox in message trace (`Get-MessageTraceV2 -RecipientAddress <address>`) and slow it down or stop it.',
      'For your on-premises Exchange server, check `Get-ServerComponentState <server>` and set the components back to active with `Set-ServerComponentState` once maintenance is over.',
      'Otherwise let the sender’s server retry; if it lasts for hours, contact the receiving side’s admin.',
    ],
    classNotes: {
      '4': 'The common form: the message waits in the queue and goes through once the server or the mailbox takes mail again.',
      '5': 'As 5.3.2, often with 521, the host states that it does not take mail: retrying will not help, so use another route or address.',
    },
  },
  'X.3.3': {
    title: 'Requested feature not supported',
    meaning:
      'The message asks for a feature the receiving system cannot provide, typically at a gateway that cannot carry an option over into another mail system. It is rare in Exchange Online mail flow.',
    causes: [
      'A gateway to another kind of mail system (fax, a legacy or proprietary system) that cannot map an option of the message.',
      'A delivery option requested by the sending server, such as a delivery status request, that the next hop cannot honour.',
    ],
    steps: [
      'Read the reply text to see which feature was refused.',
      'Send the message again without special options (no delivery receipt, no unusual settings) and see whether it goes through.',
      'If it keeps failing, give the recipient’s admin the full reply line.',
    ],
  },
  'X.3.4': {
    title: 'Message too large for the receiving system',
    meaning:
      'The message is larger than the largest message the receiving system, or a hop on the way, accepts at all. Exchange writes `ROUTING.SizeLimit` when a route or connector limit is hit, and a server that advertises a smaller `SIZE` in its EHLO answer refuses the message before the data is sent.',
    causes: [
      'Attachments beyond the receiving organization’s general limit (the encoded size counts, about a third more than the files).',
      'A connector limit on the way, for example an on-premises Exchange server answering `552 5.3.4 Message size exceeds fixed maximum message size`.',
      'A size limit on a mail gateway or filtering service in front of the recipient’s server.',
    ],
    steps: [
      'Compare the message size shown in message trace with the limit in the NDR.',
      'Share large files as a OneDrive or SharePoint link, or compress them or split them over several messages.',
      'If the limit is on your own on-premises Exchange server, read it with `Get-ReceiveConnector | Format-List Name,MaxMessageSize` and `Get-TransportConfig | Format-List MaxReceiveSize,MaxSendSize`, and raise it if the business needs it.',
      'If the limit belongs to the recipient’s system, only its admin can raise it.',
    ],
    classNotes: {
      '4': 'A 4.3.4 is unusual: the message does not shrink between retries, so treat it as permanent.',
      '5': 'The usual form: nothing is retried until the message is smaller or the limit is higher.',
    },
  },
  'X.3.5': {
    title: 'Receiving system misconfigured',
    meaning:
      'The receiving system is set up in a way that does not let it accept this message: the fault is in its configuration, not in the message. The reply text, if there is any, says what is wrong.',
    causes: [
      'A receiving server whose domain, recipient or relay settings are incomplete, for example after a migration or a new installation.',
      'A server set up to hand the message to itself or to a host that does not exist.',
    ],
    steps: [
      'Note which server wrote the reply (in the NDR’s diagnostic information).',
      'If it is the recipient’s server, send their admin the full line: nothing on the sending side fixes it.',
      'If it is your own on-premises server, check its accepted domains, receive connectors and send connectors against the route the message took.',
    ],
    classNotes: {
      '4': 'As 4.3.5 the sender’s server retries, which gives the admin time to correct the setting.',
      '5': 'As 5.3.5 nothing is retried: send again after the fix.',
    },
  },
  'X.3.6': {
    title: 'Priority changed on acceptance',
    meaning:
      'A success code from the SMTP priority extension (MT-PRIORITY, RFC 6710): the message was accepted, but with another priority than the sender asked for, and the new priority follows the code. It appears only between servers that both support this extension, and hardly ever with Exchange Online.',
    causes: [
      'The receiving server lowered or raised the requested priority, following its own policy for that sender.',
      'The sender asked for no priority, and the server reports the default it applied instead.',
    ],
    steps: [
      'Nothing to fix: the message was accepted.',
      'Outlook’s High importance is a message header, not this SMTP priority; if a recipient says the importance was lost, look at the message headers instead.',
    ],
  },
} satisfies CodeTextsPart;
