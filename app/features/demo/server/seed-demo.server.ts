export async function seedDemoIfEmpty(): Promise<{ coordinatorEmail: string } | null> {
  return null;
}
