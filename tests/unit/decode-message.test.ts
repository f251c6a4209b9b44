/**
 * Whole raw messages: postal-mime (as the page uses it) parses a
 * multipart/report built here from RFC 3464/6522, fromParsedEmail picks the
 * parts, decodeMessage reads them.
 */
import { describe, expect, it } from 'vitest';
import PostalMime from 'postal-mime';
import { decodeMessage, FAMILY_SECTIONS } from '../../src/lib/decode';
import { fromParsedEmail, looksLikeRawMessage, type ParsedEmail } from '../../src/lib/decode/mime';
import { decodeIndex as index } from '../support/decode-index';
import { bounceEml, bounceMsg } from '../support/bounce-files';
import MsgReaderModule from '@kenjiuno/msgreader';
import { fromMsgFields, type MsgFields } from '../../src/lib/decode/mime';

const bounce = (): string => bounceEml();

describe('whole messages', () => {
  it('is recognized as a raw message', () => expect(looksLikeRawMessage(bounce())).toBe(true));

  it('postal-mime → fromParsedEmail → decodeMessage: recipients, verdict, headers', async () => {
    const email = (await PostalMime.parse(bounce())) as unknown as ParsedEmail;
    const parts = fromParsedEmail(email);
    expect(parts.deliveryStatus.length).toBe(1);
    expect(parts.info.subject).toBe('Niedostarczalne: Raport kwartalny');
    expect(parts.info.originalSubject).toBe('Raport kwartalny');
    const r = decodeMessage(parts, index);
    expect(r.formats).toContain('message');
    expect(r.recipients.map((x) => x.address)).toEqual(['jan@fabrikam.pl', 'ola@fabrikam.pl']);
    for (const rec of r.recipients) {
      expect(rec.verdict?.code?.code).toBe('4.4.316');
      expect(rec.verdict?.guide).toMatchObject(FAMILY_SECTIONS.refused);
      expect(rec.verdict?.expired).toBe(true);
    }
    expect(r.timeline.some((e) => e.role === 'sent')).toBe(true);
  });

  it('fromParsedEmail with HTML only reads the HTML as text', () => {
    const parts = fromParsedEmail({ html: '<p>Remote Server returned &#39;550 5.7.606 Access denied&#39;</p><script>x</script>', attachments: [] });
    expect(parts.texts[0]).toContain("550 5.7.606 Access denied");
    expect(parts.texts[0]).not.toContain('<p>');
  });

  it('an Outlook .msg read by msgreader → fromMsgFields → decodeMessage: subject, recipient, verdict', () => {
    const MsgReader = ((MsgReaderModule as unknown as { default?: unknown }).default ?? MsgReaderModule) as new (b: ArrayBuffer) => {
      getFileData(): MsgFields & { error?: string };
    };
    const bytes = bounceMsg();
    const data = new MsgReader(bytes.buffer as ArrayBuffer).getFileData();
    expect(data.error).toBeUndefined();
    const parts = fromMsgFields(data);
    expect(parts.info.subject).toBe('Niedostarczalne: Raport kwartalny');
    const r = decodeMessage(parts, index, 'msg');
    expect(r.formats).toContain('msg');
    expect(r.recipients.map((x) => x.address)).toContain('jan@fabrikam.pl');
    expect(r.verdict?.code?.code).toBe('4.4.316');
    expect(r.verdict?.guide).toMatchObject(FAMILY_SECTIONS.refused);
  });

  it('a padded bounce is at least the asked size and decodes the same', async () => {
    const big = bounceEml(75_000);
    expect(big.length).toBeGreaterThanOrEqual(75_000);
    expect(big.length).toBeLessThan(90_000);
    const r = decodeMessage(fromParsedEmail((await PostalMime.parse(big)) as unknown as ParsedEmail), index);
    expect(r.recipients.map((x) => x.address)).toEqual(['jan@fabrikam.pl', 'ola@fabrikam.pl']);
  });
});
