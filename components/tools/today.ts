/** Today's date on the user's own calendar, as 'YYYY-MM-DD' (deadlines are civil dates, not instants). */
export function todayIso(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
