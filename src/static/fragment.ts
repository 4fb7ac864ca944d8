export function renderFragment(dsd: string): string {
  return dsd;
}
