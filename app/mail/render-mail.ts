// Every e-mail as plain text and as simple, accessible HTML (issue 17, item 4): the HTML says its
// language, has a real heading and paragraphs, gives each link a text that says where it goes, and
// shows the organisation's colour only where it reads on white (WCAG contrast ≥ 4.5:1).
import { contrastRatio, DEFAULT_ACCENT, isHexColour, MIN_CONTRAST } from '#app/features/organisations/domain/branding';
import { textDirection } from '#app/features/materials/domain/languages';

export type MailContent = {
  /** The recipient's language (BCP 47: 'nl', 'en', 'ar', …); sets lang and the writing direction. */
  lang: string;
  subject: string;
  /** The text part; paragraphs are separated by an empty line. */
  text: string;
  /** The organisation's colour ('' or unreadable on white: Spiegel's own). */
  accent?: string;
  /** A link's text per address, where the mail's text does not say it well. */
  links?: Record<string, string>;
};

/** The organisation's colour where it reads on white, else Spiegel's own. */
export function mailAccent(colour: string | undefined): string {
  return colour && isHexColour(colour) && contrastRatio(colour, '#ffffff') >= MIN_CONTRAST ? colour.toLowerCase() : DEFAULT_ACCENT;
}

export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const URL_PATTERN = /https?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]]/g;
const TEXT = '#1a1a1a';

/**
 * The HTML part. Links get meaningful text: the label given for the address; else, for a line
 * "More about the dates: https://…", the words before the colon; else, for an address alone
 * after a paragraph ending in a colon ("Click this link to sign in:"), that paragraph's words;
 * else the address itself.
 */
export function renderMailHtml({ lang, subject, text, accent, links = {} }: MailContent): string {
  const colour = mailAccent(accent);
  const link = (url: string, label: string) => `<a href="${escapeHtml(url)}" style="color:${colour};text-decoration:underline">${escapeHtml(label)}</a>`;
  const paragraphs = text
    .replace(/\r\n/g, '\n')
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean);
  const blocks: string[] = [];
  for (const [i, paragraph] of paragraphs.entries()) {
    const alone = /^https?:\/\/\S+$/.test(paragraph) ? paragraph : null;
    const before = paragraphs[i - 1];
    if (alone && !links[alone] && before?.endsWith(':') && !before.includes('\n') && !/https?:\/\//.test(before)) {
      // "Click this link to sign in:" then the address: one paragraph with those words as the link.
      blocks.pop();
      blocks.push(`<p style="margin:0 0 16px">${link(alone, before.slice(0, -1).trim())}</p>`);
      continue;
    }
    const lines = paragraph.split('\n').map((line) => {
      const labelled = /^(.+?):\s*(https?:\/\/\S+)$/.exec(line);
      if (labelled && !links[labelled[2]!]) return link(labelled[2]!, labelled[1]!.trim());
      let html = '';
      let at = 0;
      for (const match of line.matchAll(URL_PATTERN)) {
        html += escapeHtml(line.slice(at, match.index)) + link(match[0], links[match[0]] ?? match[0]);
        at = match.index + match[0].length;
      }
      return html + escapeHtml(line.slice(at));
    });
    blocks.push(`<p style="margin:0 0 16px">${lines.join('<br>\n')}</p>`);
  }
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(lang)}" dir="${textDirection(lang)}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(subject)}</title></head>`,
    `<body style="margin:0;padding:0;background:#ffffff;color:${TEXT};font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5">`,
    `<main style="max-width:40em;margin:0 auto;padding:24px;border-top:6px solid ${colour}">`,
    `<h1 style="margin:0 0 16px;font-size:22px;line-height:1.3;color:${colour}">${escapeHtml(subject)}</h1>`,
    ...blocks,
    '</main>',
    '</body>',
    '</html>',
  ].join('\n');
}
