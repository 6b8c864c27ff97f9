import { notFound } from '#app/utils/http.server';

// A page route (not a resource route), so the thrown 404 renders the root error page.
export function loader() {
  notFound();
}

export function action() {
  notFound();
}

export default function NotFound() {
  return null;
}
