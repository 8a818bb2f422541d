/** Lower case without accents, so "zelenskyy" finds "Zelenskyy" and "jose" finds "José". */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
