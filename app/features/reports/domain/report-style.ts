// The reports' colours: Spiegel's, with the accent of the flyers and the app, unless the report
// carries the organisation's own accent (Report.branding).
import { DEFAULT_ACCENT } from '#app/features/organisations/domain/branding';

export const REPORT_COLOURS = {
  accent: DEFAULT_ACCENT,
  text: '#1a1a1a',
  muted: '#555555',
  rule: '#c7d3e0',
} as const;

/** The logo's size on the first page: its proportions kept, at most `box` wide and high (a small one is enlarged to fit). */
export function logoSize(image: { width: number; height: number }, box: { width: number; height: number }): { width: number; height: number } {
  const scale = Math.min(box.width / image.width, box.height / image.height);
  return { width: image.width * scale, height: image.height * scale };
}
