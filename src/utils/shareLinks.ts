/** One outbound share link: a network's label and the address that opens its share dialog. */
export interface ShareLink {
  network: string;
  label: string;
  href: string;
}

/** Builds plain share links (no third-party script) for a page address and title. */
export function pageToShareLinks(url: string, title: string): ShareLink[] {
  // Only the e-mail link carries the title: networks read it from the page's Open Graph tags, and percent-encoded Arabic is six bytes a letter.
  const u = encodeURIComponent(url);
  return [
    { network: 'x', label: 'إكس', href: `https://x.com/intent/post?url=${u}` },
    { network: 'facebook', label: 'فيسبوك', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { network: 'whatsapp', label: 'واتساب', href: `https://wa.me/?text=${u}` },
    { network: 'telegram', label: 'تيليجرام', href: `https://t.me/share/url?url=${u}` },
    { network: 'email', label: 'البريد', href: `mailto:?subject=${encodeURIComponent(title)}&body=${u}` },
  ];
}
