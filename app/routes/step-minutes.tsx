// Placeholder: filled in by the feature work.
export default function Placeholder() {
  return null;
}
