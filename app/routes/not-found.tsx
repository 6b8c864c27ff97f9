import { notFound } from '#app/utils/http.server';

export function loader() {
  notFound();
}

export function action() {
  notFound();
}
