// Placeholder: to be written by the UI helper.
export default function Placeholder() {
  return null;
}
