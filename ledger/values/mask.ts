/**
 * ID numbers are personal data: reports, logs and messages show at most the
 * first 6 and last 4 characters (DOMAIN.md §2, GB 11643-1999).
 */
export function maskId(id: string): string {
  const s = id.trim();
  if (s.length <= 10) return s.length <= 4 ? '*'.repeat(s.length) : s.slice(0, 2) + '*'.repeat(s.length - 2);
  return s.slice(0, 6) + '*'.repeat(s.length - 10) + s.slice(-4);
}

/**
 * Mask every run of 15–18 ID-like characters in free text (a last line of defence for messages),
 * full-width digits too: an ID typed with a Chinese input method is still the person's ID.
 */
export function maskIdsInText(text: string): string {
  return text.replace(/(?<![0-9A-Za-z０-９Ａ-Ｚａ-ｚ])[0-9０-９]{14,17}[0-9Xx０-９Ｘｘ](?![0-9A-Za-z０-９Ａ-Ｚａ-ｚ])/g, (m) => maskId(m));
}

/**
 * A phone number is personal data too: a message about a wrongly written one shows its first three
 * and last two digits, each hidden digit a *, so the length the message complains of stays visible
 * ("1381234567" → "138*****67"). Separators and letters stay as written.
 */
export function maskPhone(text: string): string {
  const digits = [...text].filter((c) => /[0-9０-９]/.test(c)).length;
  if (digits <= 5) return text.replace(/[0-9０-９]/g, '*');
  let seen = 0;
  return text.replace(/[0-9０-９]/g, (d) => {
    seen++;
    return seen <= 3 || seen > digits - 2 ? d : '*';
  });
}
