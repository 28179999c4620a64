/** A report as it comes in, before boilerplate is removed and it is indexed. */
export type RawReport = {
  id: string;
  outlet: string;
  title: string | null;
  /** ISO date, YYYY-MM-DD. Drives every temporal judgement. */
  published: string | null;
  url: string | null;
  /** Raw text, possibly with menus, widgets and comment prompts still in it. */
  text: string;
  origin?: 'bundled' | 'library';
};
