// Which pages can be previewed: content pages of the public site, never another origin.
const PREVIEWABLE = /^\/(blog|case-studies|solutions)\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function previewablePath(value: string | null): string | null {
  return value && PREVIEWABLE.test(value) ? value : null;
}
