/** Registry texts (en): see src/codes/text/README.md for who writes what and how. */
import type { CodeTextsPart } from '../../types';

export default {
  'X.4.312': {
    title: 'DNS lookup of the destination failed',
    meaning:
      'Microsoft 365 could not resolve the name of the server it has to deliver to: the DNS query for the smart host on your connector (or for the MX host, when the connector routes by MX) failed or returned no usable record. Nothing was sent; the message waits in the queue.',
    causes: [
      'The domain’s authoritative name servers fail or do not answer (a problem at the DNS hosting provider).',
      'The domain has expired, so none of its records resolve any more.',
      'The smart host name exists only in internal DNS, or its A or MX record was changed or deleted recently and resolvers still hold the old answer.',
    ],
    steps: [
      'Read the `Message` part of the error: `InfoNoRecords` means the name exists but has no usable record, `ErrorRetry` points to failing or unreachable name servers.',
      'List the names Microsoft 365 looks up: `Get-OutboundConnector | Format-List Name,SmartHosts,UseMXRecord`.',
      'Resolve them from outside your network: `Resolve-DnsName -Type A <smart-host>`, or for MX routing `Resolve-DnsName -Type MX <domain>`.',
      'Have the DNS hosting provider fix the records, or the domain’s owner renew it, then retry at once with `Validate-OutboundConnector`.',
    ],
    classNotes: {
      '4': '450 4.4.312: the message is queued and retried for 24 hours by default (12–24 hours where the retry window was changed with `Set-TransportConfig -MessageExpiration`), and leaves the queue on its own once the cause is fixed.',
      '5': 'The NDR form after the retry window, for example `550 5.4.312 Message expired, DNS query failed(InfoNoRecords)`: the same DNS failure, now final. Fix DNS first, then ask the sender to resend.',
    },
  },
  'X.4.315': {
    title: 'Connection timed out',
    meaning:
      'Microsoft 365 tried to open a connection to the destination server on TCP port 25 and got no answer at all before the timeout (Windows socket error 10060). Nothing refused the connection: the attempt simply went unanswered.',
    causes: [
      'The on-premises or partner mail server is down, or nothing listens on port 25.',
      'A firewall drops, rather than rejects, connections from Microsoft 365 addresses, often because its allow list is out of date.',
      'The connector’s smart host points at a wrong or old IP address, for example after a change of internet provider.',
    ],
    steps: [
      'Check Service health in the Microsoft 365 admin center: an incident on Microsoft’s side produces the same error.',
      'Compare the address in `LastAttemptedIP` with the smart host on the connector: `Get-OutboundConnector | Format-List Name,SmartHosts`.',
      'From a network that may send on port 25 (not an Azure VM), run `Test-NetConnection <smart-host> -Port 25`.',
      'If it times out, check that the server and its SMTP service are running, then look in the firewall log for dropped connections from Microsoft 365.',
    ],
    classNotes: {
      '4': '450 4.4.315: the message is queued and retried for 24 hours by default (12–24 hours where the retry window was changed with `Set-TransportConfig -MessageExpiration`), and leaves the queue on its own once the cause is fixed.',
      '5': 'After the retry window the sender gets an NDR with 5.4.315 (basic code 550): the same unanswered connection, now final. Fix the path to the server, then ask the sender to resend.',
    },
  },
  'X.4.316': {
    title: 'Connection refused',
    meaning:
      'Microsoft 365 reached the destination address, but the connection to port 25 was actively refused (Windows socket error 10061): the server, or a device in front of it, answered with a reset.',
    causes: [
      'A firewall rejects connections to port 25 from Microsoft 365 addresses.',
      'The server is up, but its SMTP service is stopped or listens on another address or port.',
      'Expected: all mailboxes moved to Microsoft 365 and the on-premises servers were switched off, but the connector still sends there.',
    ],
    steps: [
      'Check that the address in `LastAttemptedIP` is still your mail server, then test it from outside with `Test-NetConnection <smart-host> -Port 25`.',
      'Look in the firewall log for rejected connections from Microsoft 365 at the times of the attempts.',
      'If mailboxes remain on-premises, allow TCP port 25 from the Exchange Online ranges in Microsoft’s “Microsoft 365 URLs and IP address ranges” list.',
      'If nothing is on-premises any more, turn the connector off (`Set-OutboundConnector -Identity "<name>" -Enabled $false`) and make the domain authoritative (`Set-AcceptedDomain -Identity <domain> -DomainType Authoritative`).',
    ],
    classNotes: {
      '4': '450 4.4.316: the message is queued and retried for 24 hours by default (12–24 hours where the retry window was changed with `Set-TransportConfig -MessageExpiration`), and leaves the queue on its own once the cause is fixed.',
      '5': 'After the retry window the NDR reads `550 5.4.316 Message expired, connection refused(Socket error code 10061)`: the same refusal, now final. The text in parentheses is the last error seen.',
    },
  },
  'X.4.317': {
    title: 'Cannot connect to remote server',
    meaning:
      'Microsoft 365 reached the destination server, but no usable SMTP session came of it: the server answered with an error straight away, TLS or the certificate check failed, or the session never opened. Newer messages use the wording `Cannot establish session with remote server`; the `Message` part tells the cases apart.',
    causes: [
      'The server refuses the session at once, for example `421 4.3.2 Service not available` (transport service stopped or overloaded, connection limit reached).',
      'The connector requires TLS but the server does not offer it (`451 5.7.3 STARTTLS is required to send mail`), or the TLS negotiation fails.',
      'The certificate fails the connector’s check: `SubjectMismatch`, `CertificateExpired` or `UntrustedRoot` (the server sends no intermediate certificates).',
      'The session never opened: `Failed to connect. Winsock error code: 995`, or `451 4.4.0 Socket error SocketError`.',
    ],
    steps: [
      'Read the `Message` part in message trace (`Get-MessageTraceDetailV2`) or in the queued-messages report: it names the case.',
      'For a certificate verdict, look at what the server presents: `openssl s_client -connect <host>:25 -starttls smtp -servername <host>`.',
      'Compare it with the connector’s TLS settings: `Get-OutboundConnector | Format-List Name,TlsSettings,TlsDomain,SmartHosts`.',
      'Fix the server side (transport service, STARTTLS, certificate with its full chain) or the connector, then retry with `Validate-OutboundConnector`.',
    ],
    classNotes: {
      '4': '450 4.4.317: the message is queued and retried for 24 hours by default (12–24 hours where the retry window was changed with `Set-TransportConfig -MessageExpiration`), and leaves the queue on its own once the cause is fixed.',
      '5': 'After the retry window the NDR carries 5.4.317 with the last reason in parentheses, for example `550 5.4.317 Message expired, cannot connect to remote server(451 5.7.3 STARTTLS is required to send mail)`. Same failure, now final.',
    },
  },
  'X.4.318': {
    title: 'Connection closed abruptly',
    meaning:
      'The SMTP session with the destination server had started, but was cut off before the message got through. The code does not say who cut it: the `Message` part (for example `SuspiciousRemoteServerError`, or socket error 10054 for a reset) and the receiving side’s logs tell more.',
    causes: [
      'A firewall with SMTP (ESMTP) inspection drops or mangles the session.',
      'The on-premises server is unhealthy (the transport service hangs or crashes, or resources run low), times out and closes the connection.',
      'Network trouble between Microsoft 365 and the server: a flaky line, a VPN or IPS device, a wrong MTU.',
    ],
    steps: [
      'Check Service health first: incidents on Microsoft’s side have produced this error for many tenants at once.',
      'Turn off SMTP inspection on the firewall in front of the mail server, or exempt Microsoft 365 addresses from it.',
      'Read the receiving server’s SMTP protocol log and event log for the times shown in message trace (UTC).',
      'If the server and the firewall are clean, take the times and addresses to the network team or the internet provider.',
    ],
    classNotes: {
      '4': '450 4.4.318: the message is queued and retried for 24 hours by default (12–24 hours where the retry window was changed with `Set-TransportConfig -MessageExpiration`), and leaves the queue on its own once the cause is fixed.',
      '5': 'After the retry window the sender gets an NDR with 5.4.318, or with 5.4.300 followed by the chain of errors: the same broken sessions, now final. Fix the cause, then ask the sender to resend.',
    },
  },
  'X.7.320': {
    title: 'Certificate validation failed',
    meaning:
      'Microsoft 365 opened a TLS session with the destination server but rejected the server’s certificate under the connector’s TLS settings (certificate or domain validation). Most certificate failures on a connector show up as 4.4.317 instead, with the verdict in `Message`; this code is the rarer form.',
    causes: [
      'The certificate has expired or is not yet valid.',
      'Its names do not match what the connector expects (`TlsDomain`, or the smart host name).',
      'Its chain does not lead to a public root that Microsoft 365 trusts: a certificate with its own signature, one from an internal CA, a revoked one, or one sent without its intermediate certificates.',
    ],
    steps: [
      'Read the details of the error in message trace: they usually name the check that failed.',
      'Inspect the certificate: `openssl s_client -connect <host>:25 -starttls smtp -servername <host>` shows its subject, names, dates and chain.',
      'Renew or replace it (public CA, full chain, the right names), or correct `TlsDomain` on the connector with `Set-OutboundConnector`.',
      'On Exchange Server, restart the Frontend Transport service after assigning the new certificate, then run `Validate-OutboundConnector`.',
    ],
    classNotes: {
      '4': '450 4.7.320: the message is queued and retried for 24 hours by default (12–24 hours with `Set-TransportConfig -MessageExpiration`). If the certificate is still rejected when the window ends, the message expires and the sender gets an NDR.',
    },
  },
  'X.4.300': {
    title: 'Message expired',
    meaning:
      'The generic expiry NDR: Exchange Online could not deliver the message within its retry window (24 hours by default) and gave up. The code only says that time ran out; the reason follows it, usually as a chain of errors joined by `->`, or in the last attempt quoted in the NDR.',
    causes: [
      'The destination could not be reached for the whole window (`Unable to connect` in the chain; see 4.4.315 and 4.4.316).',
      'Sessions kept breaking off (`ConnectionReset` or `SocketError` in the chain; see 4.4.318).',
      'An NDR about the message could not itself be delivered back to the original sender.',
    ],
    steps: [
      'Open the diagnostic information for administrators in the NDR and read the text after `Message expired`, down to the last `->`.',
      'Find the deferrals in message trace (`Get-MessageTraceV2`, then `Get-MessageTraceDetailV2`): each Defer event names the server and the error.',
      'Treat the innermost error as the real cause and fix it as its own code says (socket error 10060 timed out, 10061 refused, 10054 reset).',
      'Then ask the sender to resend: an expired message is not retried.',
    ],
  },
  'X.4.310': {
    title: 'Recipient domain does not exist',
    meaning:
      'The domain after the @ has no entry in public DNS at all: the lookup answered that no such domain exists (`InfoDomainNonexistent`). Exchange Online returns the message at once instead of queueing it, since retrying would not help.',
    causes: [
      'A typo in the recipient’s domain.',
      'The domain has expired or been deleted at its registrar.',
      'The domain exists only in internal DNS, which Microsoft 365 cannot see.',
    ],
    steps: [
      'Check the spelling of the address with the sender.',
      'Look the domain up from outside: `Resolve-DnsName -Type MX <domain>` or `nslookup -type=mx <domain>`.',
      'If the domain is yours or a partner’s, have it renewed or its DNS zone restored; an internal-only domain needs a connector that routes it to a smart host.',
    ],
  },
  'X.4.397': {
    title: 'Error communicating with target host',
    meaning:
      'The sending server could not carry on an SMTP exchange with the next hop, and says why in a chain after the text, such as `-> 421 4.2.1 Unable to connect -> SocketError`. Mostly seen in the queues of on-premises Exchange Server sending to Microsoft 365 or the internet (the direction opposite to the connector errors), sometimes from Exchange Online delivering to an outside host.',
    causes: [
      'No connection can be made: port 25 is blocked or unreachable (socket errors 10060, 10051), or the connection is refused (`SocketConnectionRefused`, 10061).',
      'The connection is made but reset (`ConnectionReset`), often by a firewall or by a TLS mismatch on the way.',
      'The send connector points at a wrong smart host, or DNS lookups fail on the sending server.',
    ],
    steps: [
      'Read the whole chain; on Exchange Server: `Get-Queue | Format-List Identity,Status,LastError,NextHopDomain`.',
      'From the sending server, test the next hop with `Test-NetConnection <host> -Port 25`: many internet providers block outgoing port 25.',
      'Check the outgoing firewall and the send connector’s smart host and TLS settings; for mail to Microsoft 365 the target is your domain’s host under `mail.protection.outlook.com`.',
      'After the fix, retry the queue with `Retry-Queue -Identity <queue>`, or wait for the next automatic retry.',
    ],
  },
  'X.4.8': {
    title: 'MX hosts fail the domain’s MTA-STS policy',
    meaning:
      'The recipient domain publishes an MTA-STS policy in enforce mode, and Exchange Online found that the domain’s MX hosts are not among the hosts the policy allows. Rather than deliver to a host the domain does not vouch for, it holds the message. The fault is in the recipient domain’s setup, not in your connectors.',
    causes: [
      'The domain moved its mail (new provider, new MX records) but did not update the `mx:` lines of its policy file.',
      'A typo in the policy file, or a pattern that does not cover the MX host (a wildcard covers one label only).',
      'The policy was changed without changing the `id` in the `_mta-sts` TXT record, so senders keep the old policy from their cache.',
    ],
    steps: [
      'Compare the domain’s MX records (`Resolve-DnsName -Type MX <domain>`) with its policy at `https://mta-sts.<domain>/.well-known/mta-sts.txt`.',
      'Check the TXT record too: `Resolve-DnsName -Type TXT _mta-sts.<domain>`.',
      'Send both findings to the recipient’s admin: they must fix the `mx:` lines and then change the `id` value.',
      'If the domain is yours, do that yourself; switching the policy to `mode: testing` stops the enforcement while you fix it.',
    ],
    classNotes: {
      '4': 'Exchange Online keeps the message in its queue and retries; it is delivered once the policy and the MX hosts agree within the retry window.',
      '5': 'The retry window ended, or the failure was final: the sender got an NDR with 5.4.8. Resend once the recipient domain has fixed its policy.',
    },
  },
  'X.4.14': {
    title: 'Mail loop detected',
    meaning:
      'Exchange Online stopped a message that kept travelling between servers (too many hops) and returned it to the sender. The loop comes from a configuration that sends mail back to where it came from; 5.4.6 is the on-premises Exchange Server form of the same problem.',
    causes: [
      'The accepted domain is Internal Relay, while the connector to on-premises delivers by MX and the MX record points back to Microsoft 365.',
      'In a hybrid setup, the connector to on-premises is missing, is not of the OnPremises type, or is limited to some accepted domains while all mail is routed through on-premises.',
      'Forwarding between a mailbox and an outside system that forwards the mail back.',
    ],
    steps: [
      'Follow the hops in the headers of the returned message or in message trace to find the two systems passing it back and forth.',
      'Check `Get-AcceptedDomain` and `Get-OutboundConnector | Format-List Name,ConnectorType,SmartHosts,UseMXRecord,RecipientDomains,RouteAllMessagesViaOnPremises`.',
      'Route the connector to on-premises through a smart host instead of MX, or rerun the Hybrid Configuration Wizard; remove forwarding rules that loop.',
    ],
  },
  'X.7.321': {
    title: 'DANE: the MX host does not offer TLS',
    meaning:
      'The recipient domain is signed with DNSSEC and publishes TLSA records for its MX hosts, so Exchange Online must deliver over verified TLS. The MX host did not answer STARTTLS, or the TLS handshake failed, and DANE allows no fallback to an unencrypted session.',
    causes: [
      'STARTTLS is turned off or broken on the receiving server, or on a filtering device in front of it.',
      'A firewall with SMTP inspection strips STARTTLS from the server’s reply.',
      'The server allows only TLS versions or ciphers that Exchange Online no longer uses (such as TLS 1.0 or 1.1).',
    ],
    steps: [
      'Check what the MX host offers: `openssl s_client -connect <mx-host>:25 -starttls smtp`.',
      'Pass the result to the recipient domain’s admin: only they can fix the server or withdraw the TLSA records.',
      'If the domain is yours, fix TLS on the MX host first; remove the TLSA records only as a last resort, and allow for their TTL.',
    ],
    classNotes: {
      '4': 'Exchange Online keeps the message in its queue and retries; it is delivered if the recipient domain fixes the problem within the retry window.',
      '5': 'The message came back to the sender in an NDR: the failure lasted, or was final. Resend it once the recipient domain has fixed its side.',
    },
  },
  'X.7.322': {
    title: 'DANE: the MX host’s certificate has expired',
    meaning:
      'The recipient domain uses DANE, and its MX host presented a certificate that is past its expiry date. With DANE in force, Exchange Online will not deliver over such a session.',
    causes: [
      'The certificate on the MX host, or on a gateway in front of it, was not renewed in time.',
      'A renewed certificate was installed, but the service still presents the old one.',
    ],
    steps: [
      'Check the dates: `openssl s_client -connect <mx-host>:25 -starttls smtp` shows them.',
      'Tell the recipient domain’s admin; if the domain is yours, renew the certificate and assign it to the SMTP service.',
      'Before the new certificate goes live, publish a TLSA record that matches it next to the old one, or the next error will be 4.7.323.',
    ],
    classNotes: {
      '4': 'Exchange Online keeps the message in its queue and retries; it is delivered if the recipient domain fixes the problem within the retry window.',
      '5': 'The message came back to the sender in an NDR: the failure lasted, or was final. Resend it once the recipient domain has fixed its side.',
    },
  },
  'X.7.323': {
    title: 'DANE: certificate does not match the TLSA records',
    meaning:
      'The domain’s DNSSEC checks passed, but the certificate its MX host presented matches none of the domain’s TLSA records, so DANE validation fails. It can also mean a broken TLSA record, a certificate whose start date is in the future, or an attack on the path.',
    causes: [
      'The certificate or its key was replaced without first publishing a matching TLSA record (the usual case after a renewal).',
      'The TLSA record itself is wrong: a bad hash, the wrong usage, selector or matching type, or the wrong name.',
      'A device on the path presents its own certificate instead of the MX host’s.',
    ],
    steps: [
      'List the records: `dig +dnssec TLSA _25._tcp.<mx-host>`.',
      'Compare them with the certificate presented by `openssl s_client -connect <mx-host>:25 -starttls smtp`.',
      'The recipient domain’s admin publishes a TLSA record for the current certificate or key; during a change, old and new records stay side by side.',
    ],
    classNotes: {
      '4': 'Exchange Online keeps the message in its queue and retries; it is delivered if the recipient domain fixes the problem within the retry window.',
      '5': 'The message came back to the sender in an NDR: the failure lasted, or was final. Resend it once the recipient domain has fixed its side.',
    },
  },
  'X.7.324': {
    title: 'DANE: invalid DNSSEC records',
    meaning:
      'The recipient domain’s DNS says it is signed with DNSSEC, but Exchange Online could not validate the answers. It cannot then trust the domain’s MX or TLSA records, so it holds the message.',
    causes: [
      'The signatures (RRSIG) have expired because the zone is no longer re-signed.',
      'The DS record at the registrar no longer matches the zone’s keys, after a key rollover or a move to another DNS provider.',
      'Some of the domain’s name servers serve unsigned or stale data.',
    ],
    steps: [
      'Check the chain of trust with a DNSSEC analyser such as DNSViz, or with `dig +dnssec MX <domain>`.',
      'Send the result to the recipient domain’s admin or DNS hosting provider: the zone must be re-signed or the DS record fixed at the registrar.',
      'If the domain is yours, fix the DS record first; turning DNSSEC off also ends the error, but only after the DS record is removed and its TTL has passed.',
    ],
    classNotes: {
      '4': 'Exchange Online keeps the message in its queue and retries; it is delivered if the recipient domain fixes the problem within the retry window.',
      '5': 'The message came back to the sender in an NDR: the failure lasted, or was final. Resend it once the recipient domain has fixed its side.',
    },
  },
  'X.7.325': {
    title: 'DANE: certificate name does not match the host',
    meaning:
      'The recipient domain uses DANE, and the certificate its MX host presented names neither the MX host nor the domain, in its subject or in its subject alternative names (SAN).',
    causes: [
      'The server presents a default or internal certificate (issued to its internal name, for example) instead of the one for its MX name.',
      'The MX record was moved to a new host name that the certificate does not cover.',
    ],
    steps: [
      'Look at the names in the certificate: `openssl s_client -connect <mx-host>:25 -starttls smtp -servername <mx-host>`.',
      'Compare them with the MX host names: `Resolve-DnsName -Type MX <domain>`.',
      'The recipient domain’s admin installs a certificate that covers the MX name, and updates the TLSA records to match it.',
    ],
    classNotes: {
      '4': 'Exchange Online keeps the message in its queue and retries; it is delivered if the recipient domain fixes the problem within the retry window.',
      '5': 'The message came back to the sender in an NDR: the failure lasted, or was final. Resend it once the recipient domain has fixed its side.',
    },
  },
  'X.7.500-699': {
    title: 'Server busy: sending IP throttled',
    meaning:
      'Microsoft 365 is holding back mail from the connecting IP address because its sending pattern has changed sharply, usually far more volume than before, or because the traffic looks suspicious. This is temporary anti-spam throttling: the sending server gets a 451 reply and should retry later. The code is for the whole range 4.7.500 to 4.7.699.',
    causes: [
      'A new or changed sending IP (a new server, provider or cloud service) with no history at Microsoft 365 starts sending in volume.',
      'Your on-premises server relays outgoing mail through Microsoft 365 without an inbound connector for it, so its mail counts as anonymous internet mail.',
      'Incoming mail passes a third-party filtering service first, with no partner connector, so all of it seems to come from that service’s IPs.',
      'Large volumes sent from the initial onmicrosoft.com domain, which is limited and filtered more strictly.',
    ],
    steps: [
      'Note the IP address in the reply and find out whose server it is.',
      'If it is your own server relaying through Microsoft 365, create an inbound connector of type `OnPremises` (`New-InboundConnector`) that identifies it by IP or certificate.',
      'If a third-party service sits in front of Microsoft 365, set up a partner inbound connector for it, with security restrictions.',
      'Otherwise let the sending server keep retrying: the throttling eases as the IP builds a history, usually within a few days.',
    ],
  },
  'X.7.850-899': {
    title: 'Sending IP temporarily restricted',
    meaning:
      'The same family as 4.7.500–4.7.699: Microsoft 365 has seen suspicious traffic from this particular IP address and holds its mail back while it evaluates it. The sending server should retry; if the traffic is legitimate, the restriction is lifted after a while. The text covers the whole range 4.7.850 to 4.7.899.',
    causes: [
      'A sudden burst of mail, or mail that looks like spam, from the IP.',
      'A compromised account or an open relay on the sending server is pushing out spam.',
      'The IP is shared (hosting, cloud service) with senders of spam.',
    ],
    steps: [
      'Check the sending server’s outgoing queue and logs for unusual volume or unknown senders.',
      'If a server or an account is compromised, stop it and close any open relay before anything else.',
      'Let the server keep retrying; if the restriction lasts for days with clean traffic, the sender’s admin opens a case with Microsoft support.',
    ],
  },
  'X.7.66': {
    title: 'TLS 1.0 and 1.1 are not supported',
    meaning:
      'A device or application tried to submit mail to Exchange Online with SMTP AUTH (smtp.office365.com, port 587) over TLS 1.0 or 1.1. Exchange Online accepts only TLS 1.2 or later and closes the session. The basic code 421 looks temporary, but retrying will not help until the client’s TLS is upgraded.',
    causes: [
      'An old multifunction printer, scanner or appliance whose firmware knows only TLS 1.0 or 1.1.',
      'An application on an old runtime (an older .NET Framework or Java) that does not use TLS 1.2 by default.',
      'An old operating system on which TLS 1.2 is not enabled for the SMTP client.',
    ],
    steps: [
      'Find the clients in the SMTP AUTH clients report in the Exchange admin center (Reports > Mail flow).',
      'Update the device firmware, the runtime or the operating system so that it negotiates TLS 1.2, and make the app require it.',
      'If a device cannot be upgraded, let it send through a local relay server that speaks TLS 1.2 to Microsoft 365, or replace it.',
    ],
  },
  'X.0.350': {
    title: 'Rejected: the reason is in the text',
    meaning:
      'A generic wrapper that Exchange Online puts around many different rejections, most of them returned by the recipient’s email system. The code says little on its own: the reason is in the text after it in the NDR. Two texts have well-known fixes: `x-dg-ref header is too long` and `Requested action not taken: policy violation detected (AS345)`.',
    causes: [
      'A message in Rich Text format carries an attached message that has attachments of its own, which makes a header too long for the receiving server (`x-dg-ref header is too long`).',
      'An attachment, such as a Word document, contains 20 or more embedded files (AS345).',
      'Any other rule or limit of the recipient’s system, quoted in the diagnostic information.',
    ],
    steps: [
      'Read the text after 5.0.350 in the diagnostic information for administrators.',
      'For the header error, send in HTML instead of Rich Text, or stop Rich Text for that destination: `Set-RemoteDomain -Identity <name> -TNEFEnabled $false`.',
      'For AS345, remove embedded files from the attachment or send them separately.',
      'For anything else, send the full text to the recipient’s admin: the fix is usually on their side.',
    ],
  },
  'X.1.90': {
    title: 'Daily recipient limit reached',
    meaning:
      'Exchange Online stopped the sender because the mailbox has sent to more recipients within 24 hours than the service allows (the recipient rate limit, 10,000 recipients a day). The mailbox cannot send until the count falls back under the limit. Hitting this limit suddenly is also a typical sign of a compromised account.',
    causes: [
      'The account was compromised and is being used to send spam.',
      'A user or an application uses an ordinary mailbox for mass mailings or newsletters.',
      'A script or device that sends through the mailbox got into a loop.',
    ],
    steps: [
      'Look at what the mailbox sent recently: `Get-MessageTraceV2 -SenderAddress <address>`.',
      'If anything is unfamiliar, treat it as a compromise: reset the password, revoke sessions, check inbox rules and forwarding.',
      'Wait until the 24-hour window has passed; move mass mailings to a service built for bulk sending.',
    ],
  },
  'X.2.121': {
    title: 'Hourly limit from one sender to one recipient exceeded',
    meaning:
      'An Exchange Online recipient got more messages within an hour from one and the same sender than the service accepts, so further messages from that sender are refused for the time being. The limit protects mailboxes from floods sent by automated systems.',
    causes: [
      'An application, monitoring system or device sends an alert or notification to the same address for every event.',
      'A mail loop: auto-replies or forwarding rules send messages back and forth between two mailboxes.',
      'A faulty script that sends the same message again and again.',
    ],
    steps: [
      'Find the sender and the volume in message trace: `Get-MessageTraceV2 -RecipientAddress <address>`.',
      'Have the sender batch or slow down its messages; for alerts, send digests or spread them over several addresses.',
      'Break any loop (auto-reply or forwarding rule), then send again later: the count runs per hour.',
    ],
  },
  'X.2.122': {
    title: 'Recipient’s hourly receive limit exceeded',
    meaning:
      'The Exchange Online recipient has received more messages within an hour, from all senders together, than the service accepts for one mailbox, so new messages are refused for the time being. The limit protects the mailbox and the service from mail storms.',
    causes: [
      'Many systems send notifications to one shared address, such as an alerts mailbox.',
      'A mail bomb: a flood of messages, often sign-up confirmations, aimed at one mailbox.',
      'A loop between this mailbox and another system.',
    ],
    steps: [
      'Find out who sends to the mailbox: `Get-MessageTraceV2 -RecipientAddress <address>`.',
      'Spread automated mail over several mailboxes, or cut its volume at the source.',
      'For a flood from outside, block the sources (Tenant Allow/Block List or a mail flow rule); other senders can retry later.',
    ],
  },
  'X.3.190': {
    title: 'Journaling on-premises mail to Microsoft 365 not supported',
    meaning:
      'An on-premises journal rule sends journal reports to a mailbox in Exchange Online, but Journaling Archive is turned off for the tenant, so Microsoft 365 rejects them.',
    causes: [
      'A journal rule on Exchange Server names an Exchange Online mailbox as the journaling mailbox.',
      'The journaling mailbox was migrated to Exchange Online and the rule was left as it was.',
    ],
    steps: [
      'Find the rule on Exchange Server: `Get-JournalRule | Format-List Name,Recipient,JournalEmailAddress,Enabled`.',
      'Point the rule at an on-premises mailbox or at a third-party archive that accepts journal reports.',
      'If the journal must be kept in Exchange Online, check `Get-TransportConfig | Format-List JournalArchivingEnabled` and ask Microsoft support about Journaling Archive for your tenant.',
    ],
  },
  'X.6.11': {
    title: 'Bare line feeds in the message',
    meaning:
      'The receiving server refused the message because it contains bare line feeds (LF without a CR before it), and the server does not support the BDAT command (SMTP chunking) that such messages need. Exchange Online no longer removes bare line feeds, since doing so breaks DKIM signatures.',
    causes: [
      'The program or script that builds the message ends lines with LF only, often in an attachment or a generated body.',
      'The recipient’s mail server is old, or set to reject bare line feeds, and does not offer BDAT.',
    ],
    steps: [
      'Send the same message from another client, such as Outlook on the web, or without the attachment, to confirm the cause.',
      'Fix the program that builds the message so that every line ends with CRLF.',
      'Ask the recipient’s admin to support BDAT or to accept bare line feeds (on Exchange Server: `Set-ReceiveConnector -BareLinefeedRejectionEnabled $false`).',
    ],
  },
  'X.7.57': {
    title: 'Client not authenticated for SMTP submission',
    meaning:
      'A device or application connected to smtp.office365.com to send mail, but gave the MAIL FROM command without logging in first. This submission endpoint accepts mail only from authenticated clients, and authentication needs TLS first.',
    causes: [
      'The device or app is set up for anonymous relay, with no user name and password (and no OAuth).',
      'It cannot negotiate TLS (STARTTLS on port 587), so it never gets as far as authenticating.',
      'It uses wrong credentials, or a mailbox without an Exchange Online licence, and carries on without logging in.',
    ],
    steps: [
      'Check the client settings: server smtp.office365.com, port 587, STARTTLS, authentication with a licensed mailbox.',
      'Make sure SMTP AUTH is allowed for that mailbox (`Set-CASMailbox -Identity <mailbox> -SmtpClientAuthenticationDisabled $false`), and plan for OAuth, as Basic authentication for SMTP AUTH is being retired.',
      'If the device cannot authenticate, send with direct send or through an SMTP relay with an inbound connector instead.',
    ],
  },
  'X.7.64': {
    title: 'Mail from on-premises not attributed to your tenant',
    meaning:
      'Microsoft 365 received mail that should come from your on-premises servers, but could not match it to an inbound connector of your organization by source IP or certificate. Treated as anonymous mail, it may not be relayed to outside recipients, so it is refused.',
    causes: [
      'The public IP address your on-premises mail leaves from has changed (new provider, NAT or firewall change) and the connector still lists the old one.',
      'The certificate on the on-premises send connector was renewed with other names, so it no longer matches `TlsSenderCertificateName` on the inbound connector.',
      'The inbound connector was turned off, deleted or replaced, for example by a rerun of the Hybrid Configuration Wizard.',
    ],
    steps: [
      'Find the IP your server really uses towards Microsoft 365 (the NDR or the on-premises send log shows it).',
      'Compare it with the connector: `Get-InboundConnector | Format-List Name,Enabled,ConnectorType,SenderIPAddresses,TlsSenderCertificateName`.',
      'Correct the IP addresses or the certificate name with `Set-InboundConnector`, or rerun the Hybrid Configuration Wizard.',
      'Send a test message to an outside address to confirm that relaying works again.',
    ],
  },
  'X.7.124': {
    title: 'Sender not on the group’s allowed-senders list',
    meaning:
      'The recipient is a distribution group that accepts mail only from the senders on its list, and the sender is not on it. When this restriction is on, even the group’s owners must be on the list.',
    causes: [
      'The group’s delivery management allows only specific senders, and this one was never added.',
      'The sender writes from a different address (an alias or a personal account) than the one on the list.',
    ],
    steps: [
      'Check who may send: `Get-DistributionGroup -Identity <group> | Format-List AcceptMessagesOnlyFromSendersOrMembers`.',
      'If the sender should be allowed, the group’s owner or an admin adds them: `Set-DistributionGroup -Identity <group> -AcceptMessagesOnlyFromSendersOrMembers @{Add="<sender>"}`.',
      'Otherwise the sender writes to a person in the organization instead of the group.',
    ],
  },
  'X.7.133': {
    title: 'Group accepts mail only from internal senders',
    meaning:
      'The recipient is a group that accepts mail only from authenticated senders, that is, from inside its own organization. A message from outside, or one that arrives as anonymous, is refused.',
    causes: [
      'The group has `RequireSenderAuthenticationEnabled` set to `$true` (the default for new groups) and the sender is external.',
      'In a hybrid setup, mail from on-premises users reaches Exchange Online as anonymous because it did not come through the hybrid inbound connector.',
    ],
    steps: [
      'If outside senders should reach the group, the recipient’s admin allows them: `Set-DistributionGroup -Identity <group> -RequireSenderAuthenticationEnabled $false` (for a Microsoft 365 group, `Set-UnifiedGroup`).',
      'For an on-premises sender in a hybrid setup, check that the mail arrives through the inbound connector (see 5.7.64).',
      'Otherwise the sender writes to a member of the group directly.',
    ],
  },
  'X.7.134': {
    title: 'Mailbox accepts mail only from internal senders',
    meaning:
      'The recipient mailbox accepts mail only from authenticated senders inside its own organization, so a message from outside is refused.',
    causes: [
      'The mailbox has `RequireSenderAuthenticationEnabled` set to `$true`, often on purpose, for a mailbox meant for internal use.',
      'In a hybrid setup, mail from on-premises arrived as anonymous.',
    ],
    steps: [
      'The recipient’s admin decides whether outside mail should get through; if so: `Set-Mailbox -Identity <mailbox> -RequireSenderAuthenticationEnabled $false`.',
      'For an on-premises sender, check how hybrid mail is attributed (see 5.7.64).',
    ],
  },
  'X.7.135': {
    title: 'Public folder accepts mail only from internal senders',
    meaning:
      'The recipient is a mail-enabled public folder that accepts mail only from authenticated senders, so mail from outside the organization is refused. The same case can also come as 5.7.13.',
    causes: [
      'The public folder has `RequireSenderAuthenticationEnabled` set to `$true`.',
      'The sender is external, or the mail arrived as anonymous.',
    ],
    steps: [
      'If outside mail should reach the folder: `Set-MailPublicFolder -Identity <folder> -RequireSenderAuthenticationEnabled $false`.',
      'Check that the folder’s own delivery restrictions (accepted senders) do not block the sender as well.',
    ],
  },
  'X.7.136': {
    title: 'Mail user accepts mail only from internal senders',
    meaning:
      'The recipient is a mail user (a person in the organization whose mailbox is elsewhere) who accepts mail only from authenticated senders, so mail from outside is refused.',
    causes: [
      'The mail user has `RequireSenderAuthenticationEnabled` set to `$true`.',
      'The sender is external, or the mail arrived as anonymous.',
    ],
    steps: [
      'If outside mail should get through: `Set-MailUser -Identity <user> -RequireSenderAuthenticationEnabled $false`.',
      'Otherwise the sender writes to the person’s external address directly.',
    ],
  },
  'X.7.501-513': {
    title: 'Access denied: sender, IP or recipient banned or blocked',
    meaning:
      'A family of rejections by Microsoft 365 filtering; the text after the code says which one. 5.7.501 to 5.7.503: the sending account was banned for spam; 5.7.504 and 5.7.505: invalid or banned recipient; 5.7.506: bad HELO; 5.7.507: IP blocked by the recipient; 5.7.508: an IPv6 range over its limits; 5.7.511: banned sending IP. 5.7.509, 5.7.510, 5.7.512 and 5.7.513 have pages of their own.',
    causes: [
      'A compromised account in your tenant sent spam and was banned (5.7.501 to 5.7.503).',
      'The sending server introduces itself in HELO with the name of the server it connects to, as spam bots do (5.7.506).',
      'The sending IP is on Microsoft’s block list (5.7.511) or blocked by the recipient (5.7.507).',
    ],
    steps: [
      'Read the exact code and text in the NDR: the fix depends on them.',
      'For a banned account, secure it (reset the password, revoke sessions, remove unknown rules and forwarding), then ask Microsoft support to restore sending.',
      'For 5.7.511, request delisting of the IP as the NDR describes; for 5.7.506, make HELO use the server’s own fully qualified name.',
      'For a blocked recipient or IP (5.7.504, 5.7.505, 5.7.507), check the address, or contact the recipient.',
    ],
  },
  'X.7.509': {
    title: 'Sending domain fails DMARC (reject policy)',
    meaning:
      'The receiving side (Microsoft 365 or Outlook.com) checked the domain in the message’s From address against its DMARC record: neither SPF nor DKIM passed in alignment with that domain, and the domain’s policy is reject, so the message was refused.',
    causes: [
      'A service that sends as the domain (newsletter tool, CRM, ticketing system) is not in the SPF record and does not DKIM-sign with the domain.',
      'DKIM signing is not enabled for the domain, or its DNS records are wrong.',
      'The message was forwarded or changed on the way, which broke SPF and the DKIM signature.',
    ],
    steps: [
      'Read the `Authentication-Results` header of the original message returned with the NDR: it shows the `spf=`, `dkim=` and `dmarc=` results.',
      'Add every legitimate sending service to SPF or, better, have it DKIM-sign with your domain.',
      'Watch the domain’s DMARC aggregate reports before and after the fix; relax the policy only as a stopgap.',
    ],
  },
  'X.7.510': {
    title: 'Recipient domain does not accept mail over IPv6',
    meaning:
      'The sending server delivered to Microsoft 365 over IPv6, but the recipient’s domain is not enabled for incoming IPv6 in Exchange Online, so the message is refused on that connection.',
    causes: [
      'The sending server reached Microsoft 365 over IPv6, as many servers prefer where they can.',
      'The recipient tenant has not turned IPv6 on for the accepted domain (it is off unless turned on).',
    ],
    steps: [
      'The sender can deliver to this domain over IPv4 instead (most mail servers can prefer IPv4 for a destination).',
      'If the domain is yours, check it with `Get-IPv6StatusForAcceptedDomain -Domain <domain>` and turn IPv6 on with `Enable-IPv6ForAcceptedDomain -Domain <domain>`; the new status can take up to an hour to show.',
      'From then on, senders over IPv6 must pass SPF or DKIM (4.7.26) and have reverse DNS (5.7.25).',
    ],
  },
  'X.7.512': {
    title: 'From header not RFC 5322 compliant',
    meaning:
      'Microsoft 365 refused the message because its From header holds no valid email address, or is written in a form the standard does not allow (RFC 5322, section 3.6.2).',
    causes: [
      'An application, script or device writes a From header with a display name only, or with an address in the wrong syntax.',
      'The From header is missing, empty or appears twice.',
    ],
    steps: [
      'Look at the From header of a rejected message at its source (the application’s log or its sent copy).',
      'Fix the application so that it writes a full address, for example `From: Contoso Alerts <alerts@contoso.com>`.',
      'Send a test and confirm in message trace that it is accepted.',
    ],
  },
  'X.7.513': {
    title: 'Recipient’s organization blocked the sending IP',
    meaning:
      'The recipient’s organization, a Microsoft 365 tenant, has put the sending IP address on its own block list (the Customer Block list in the text), so Microsoft 365 refuses mail from it for that domain. Microsoft’s own block lists play no part.',
    causes: [
      'The recipient’s admin added the IP to the IP Block List of the connection filter policy, after spam or by mistake.',
      'The IP is shared (hosting, cloud service) and was blocked because of another sender.',
    ],
    steps: [
      'The sender contacts the recipient by another channel and gives them the IP and the full NDR text.',
      'The recipient’s admin finds the entry (`Get-HostedConnectionFilterPolicy | Format-List IPBlockList`) and removes it: `Set-HostedConnectionFilterPolicy -Identity Default -IPBlockList @{Remove="<IP>"}`.',
      'Resend once the change has taken effect.',
    ],
  },
  'X.7.515': {
    title: 'Sending domain does not meet the required authentication level',
    meaning:
      'Outlook.com (the consumer service behind outlook.com, hotmail.com and live.com addresses) refused the message because the sending domain does not authenticate as it requires of high-volume senders: SPF and DKIM must pass, and the domain needs a DMARC record aligned with at least one of them.',
    causes: [
      'The domain sends more than about 5,000 messages a day to Outlook.com addresses and lacks SPF, DKIM or DMARC.',
      'DKIM is set up for the main mail system but not for a bulk-mailing service that sends as the domain.',
      'The DMARC record is missing, or SPF and DKIM pass only for another domain (no alignment).',
    ],
    steps: [
      'Check what the domain publishes: `Resolve-DnsName -Type TXT <domain>` (SPF) and `Resolve-DnsName -Type TXT _dmarc.<domain>`.',
      'Turn on DKIM for every service that sends as the domain; in Microsoft 365 see `Get-DkimSigningConfig`.',
      'Publish a DMARC record (at least `p=none`) and resend once SPF, DKIM and DMARC pass.',
    ],
  },
  'X.7.606-649': {
    title: 'Sending IP banned',
    meaning:
      'Microsoft 365 refuses mail from the connecting IP address because the address is on its list of banned senders, usually after spam or other malicious traffic came from it. The text covers the whole range 5.7.606 to 5.7.649.',
    causes: [
      'A compromised account, an open relay or malware on the sending server sent spam from the IP.',
      'The IP is shared with, or was recently used by, a spam sender.',
      'Bulk mail sent without good sending practices damaged the IP’s reputation.',
    ],
    steps: [
      'Find and stop the source of the bad traffic first (compromised accounts, open relay, infected hosts).',
      'Request removal of the IP in Microsoft’s delist portal (sender.office.com), with the IP and the full NDR text.',
      'Allow up to 24 hours after the delisting for it to take effect everywhere, then resend.',
    ],
  },
  'X.7.703': {
    title: 'Recipient blocked by your Tenant Allow/Block List',
    meaning:
      'Someone in your organization sent a message to an address or domain that has a block entry in your own Tenant Allow/Block List. Block entries stop outgoing mail too, and the whole message is refused for every recipient, even if only one of them is blocked.',
    causes: [
      'A block entry for a sender or domain, added against incoming spam, also catches replies and new messages to it.',
      'An entry is broader than intended (a whole domain instead of one address).',
    ],
    steps: [
      'List the block entries: `Get-TenantAllowBlockListItems -ListType Sender -Block`.',
      'If the recipient is legitimate, remove or narrow the entry (`Remove-TenantAllowBlockListItems`); to block only incoming mail, use the blocked senders of an anti-spam policy instead.',
      'Ask the user to resend, or to resend without the blocked recipient.',
    ],
  },
  'X.7.705': {
    title: 'Tenant over its outbound spam threshold',
    meaning:
      'Microsoft 365 has blocked outgoing mail for your whole tenant because too much spam or bulk mail was sent from it. The block stays until you find and fix the cause and Microsoft support lifts it.',
    causes: [
      'Compromised user or admin accounts send spam, sometimes through inbound connectors an attacker created.',
      'A compromised on-premises server relays spam through a connector.',
      'Rarely: a subscription renewed after it had expired, while the service catches up (usually within a day).',
    ],
    steps: [
      'Find the source with the outbound reports in the Microsoft Defender portal (top senders, mail flow status) and with message trace.',
      'Stop it: secure compromised accounts, remove unknown connectors (`Get-InboundConnector`), clean up the on-premises server.',
      'Then open a case with Microsoft support, explaining the cause and what you changed.',
    ],
  },
  'X.7.708': {
    title: 'Traffic not accepted from this IP',
    meaning:
      'Microsoft 365 refused outgoing mail from your tenant because it would leave from a low-reputation IP pool, the kind used for new customers. It typically hits trial tenants and tenants that have only just started sending.',
    causes: [
      'The tenant is a trial, or has no paid licences yet.',
      'A new tenant starts straight away with a large volume of outgoing mail.',
    ],
    steps: [
      'If the tenant is still a trial, buy and assign licences.',
      'Until then, ask Microsoft support for an exception for the IP.',
      'Start with normal volumes from a verified custom domain rather than the onmicrosoft.com domain.',
    ],
  },
  'X.7.750': {
    title: 'Sending from unregistered domains blocked',
    meaning:
      'Microsoft 365 has blocked your tenant from sending because a suspicious number of messages leave it from domains that are not added and verified as accepted domains. A small amount of such mail is tolerated; a large volume is treated as abuse.',
    causes: [
      'An on-premises server or an application relays mail through Microsoft 365 for domains that were never added to the tenant.',
      'An attacker created an inbound connector in the tenant and relays spam with made-up sender domains.',
    ],
    steps: [
      'List the accepted domains (`Get-AcceptedDomain`), then add and verify every domain you send from.',
      'Alternatively, let the inbound connector identify the relaying server by a certificate whose domain is an accepted domain.',
      'Look for unknown connectors (`Get-InboundConnector`) and compromised accounts: remove the connectors, secure the accounts.',
    ],
  },
} satisfies CodeTextsPart;
