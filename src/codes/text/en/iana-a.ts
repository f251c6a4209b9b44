/** Registry texts (en): see src/codes/text/README.md for who writes what and how. */
import type { CodeTextsPart } from '../../types';

export default {
  'X.2.2': {
    title: 'Mailbox full',
    meaning:
      'The recipient’s mailbox has no room left, so the receiving server will not store the message. In Exchange Online the same code also comes back when the sender has gone over a sending quota.',
    causes: [
      'The recipient’s mailbox has reached its storage quota.',
      'The sender’s own mailbox or account has gone over a submission or sending limit.',
    ],
    steps: [
      'Read the NDR: it says whether the recipient’s mailbox or the sender’s quota is full.',
      'For a full recipient mailbox, tell the recipient (or their admin) to free space or raise the quota, then resend.',
      'For your own user, check the mailbox size in the Exchange admin center and archive or delete old items.',
    ],
    classNotes: {
      '4': 'As a temporary failure the sender’s server keeps retrying; the message goes through once space is freed within the retry window.',
      '5': 'As a permanent failure nothing is retried: resend the message once there is room.',
    },
  },
} satisfies CodeTextsPart;
