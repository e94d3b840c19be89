/**
 * The path of a URL relative to the add-in's base URL, or null when it is served elsewhere.
 * @example relativeToBase("https://h/app/assets/i.png", "https://h/app/") === "assets/i.png"
 */
export function relativeToBase(url: string, base: string): string | null {
  if (!url.startsWith(base)) return null;
  const rest = url.slice(base.length).split(/[?#]/)[0];
  return rest && !rest.split("/").includes("..") ? decodeURIComponent(rest) : null;
}
