// A focus view: a page that declares `handle = { focusView: true }` can be opened with `?focus=1`;
// the organisation and trajectory layouts then leave out their navigation (the console at a
// meeting: the question and the turn buttons in view without scrolling). The page links back.
import { useLocation, useMatches } from 'react-router';

export const FOCUS_PARAM = 'focus';

export function isFocusRequested(search: URLSearchParams): boolean {
  return search.get(FOCUS_PARAM) === '1';
}

/** True when the current page has a focus view and it was asked for. */
export function useFocusView(): boolean {
  const { search } = useLocation();
  const offers = useMatches().some((m) => (m.handle as { focusView?: boolean } | undefined)?.focusView === true);
  return offers && isFocusRequested(new URLSearchParams(search));
}
