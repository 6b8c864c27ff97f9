// Placeholder: filled in by the feature work.
import { notFound } from '#app/utils/http.server';

export function loader() {
  notFound();
}
