// Placeholder: filled in by the feature work.
import { Outlet } from 'react-router';

export default function Placeholder() {
  return <Outlet />;
}
