/** Fragment of the accessibility statement on the about page (`/gioi-thieu#kha-nang-tiep-can`). */
export const ACCESSIBILITY_ANCHOR = 'kha-nang-tiep-can';
