import { encodeQueryValue } from './encodeQueryValue.ts';

/** One outbound share link: a network's label, the address that opens its share dialog, and whether it opens a new tab. */
export interface ShareLink {
  network: string;
  label: string;
  href: string;
  /** Web share dialogs open in a new tab; the e-mail link opens the reader's mail program. */
  newTab: boolean;
}

/** Builds plain share links (no third-party script) for a page address and title; X, WhatsApp and Telegram carry both. */
export function pageToShareLinks(url: string, title: string): ShareLink[] {
  const u = encodeURIComponent(url);
  const t = encodeQueryValue(title);
  return [
    { network: 'x', label: 'إكس', href: `https://x.com/intent/post?text=${t}&url=${u}`, newTab: true },
    { network: 'facebook', label: 'فيسبوك', href: `https://www.facebook.com/sharer/sharer.php?u=${u}`, newTab: true },
    { network: 'whatsapp', label: 'واتساب', href: `https://wa.me/?text=${t}%0A${u}`, newTab: true },
    { network: 'telegram', label: 'تيليجرام', href: `https://t.me/share/url?url=${u}&text=${t}`, newTab: true },
    { network: 'email', label: 'البريد', href: `mailto:?subject=${t}&body=${u}`, newTab: false },
  ];
}
