export interface TimelineBucket {
  label: string;
  /** null when the bridge cannot count posts per period. */
  posts: number | null;
  findings: number;
}
