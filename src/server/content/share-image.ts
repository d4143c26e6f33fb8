// The share image of a page without a cover image (public/og-default.png). Next replaces a
// parent's openGraph object as a whole, so every page that sets openGraph names it itself.
export const DEFAULT_SHARE_IMAGE = {
  url: '/og-default.png',
  width: 1200,
  height: 630,
  alt: 'XTeam.Pro — AI process automation, audited and delivered',
};
