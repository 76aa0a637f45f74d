import type { Config } from 'tailwindcss';

export default {
  content: ['./src/**/*.{astro,ts,mdx}'],
  darkMode: 'media',
  theme: {
    extend: {
      fontFamily: {
        sans: ['"IBM Plex Sans Arabic"', 'system-ui', 'sans-serif'],
      },
    },
  },
} satisfies Config;
