/** The public origin the test builds are made for (a reserved example domain): absolute addresses must use it. */
export const TEST_SITE_URL = 'https://timeline.example.org';
