// The reports' colours. Organisations have no colours or logo of their own yet (no such columns),
// so every report uses Spiegel's: the accent of the flyers and the app.
export const REPORT_COLOURS = {
  accent: '#154273',
  text: '#1a1a1a',
  muted: '#555555',
  rule: '#c7d3e0',
} as const;
