// Example themes to start from; their wording lives in the theme catalogue (theme.example_<key>).
export const THEME_EXAMPLES = ['firstDays', 'fathers', 'grandparents', 'newcomers', 'neighbourhood'] as const;
export type ThemeExample = (typeof THEME_EXAMPLES)[number];
