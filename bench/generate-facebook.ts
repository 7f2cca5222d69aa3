/** Placeholder replaced below once the Facebook generator lands. */
export async function generateLargeFacebook(_path: string): Promise<void> {
  throw new Error('not yet');
}
