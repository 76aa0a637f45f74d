/** One outbound share link: a network's label and the address that opens its share dialog. */
export interface ShareLink {
  network: string;
  label: string;
  href: string;
}

/** Builds plain share links (no third-party script) for a page address and title. */
export function pageToShareLinks(url: string, title: string): ShareLink[] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  const both = encodeURIComponent(`${title}\n${url}`);
  return [
    { network: 'x', label: 'إكس', href: `https://x.com/intent/post?text=${t}&url=${u}` },
    { network: 'facebook', label: 'فيسبوك', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { network: 'whatsapp', label: 'واتساب', href: `https://wa.me/?text=${both}` },
    { network: 'telegram', label: 'تيليجرام', href: `https://t.me/share/url?url=${u}&text=${t}` },
    { network: 'email', label: 'البريد', href: `mailto:?subject=${t}&body=${both}` },
  ];
}
