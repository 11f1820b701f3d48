// What the command line says of itself: its usage, and each command's help.

export const USAGE = `Usage: conflict-timeline COMMAND [OPTIONS]

  check FILE...    check data files: one line per problem, then a count
  render FILE      the timeline as script-free HTML, for readers without JavaScript
  import CSV...    a spreadsheet (or a TimelineJS timeline) as a data file
  export FILE      a data file as a spreadsheet
  edit FILE        edit the file in a local page, with the checker and a live preview
  image FILE       a picture of the timeline, as SVG and PNG

  conflict-timeline COMMAND --help   what a command does, and its options
  conflict-timeline --version        the version

A FILE of - is standard input. Exit codes: 0 all is well, 1 problems in the data, 2 a mistake
in the command or a file that cannot be read or written.`;

/** Each command's help: what it does, its arguments and options. */
export const COMMAND_HELP: Record<string, string> = {
  check: `Usage: conflict-timeline check FILE... [--format text|json]

Checks data files. Each problem is one line, as editors and CI read them:
  FILE:LINE:COL: error: what is wrong: how to fix it [field]
then a count; a good file gets one line of summary.
  --format json   one JSON object per problem on standard output, for machines`,
  render: `Usage: conflict-timeline render FILE [--locale en|fr] [--page] [--out FILE]

Writes the timeline as script-free HTML (an ordered list with dates and citations) to place
inside <conflict-timeline>, for readers without JavaScript and search engines. Problems go to
standard error; the good events are written.
  --locale LOCALE   the language of dates and words (en, fr)
  --page            a whole page with the element's look, its title, description and
                    schema.org data, instead of the list alone
  --out FILE        write to FILE (whole or not at all) instead of standard output`,
  import: `Usage: conflict-timeline import EVENTS.csv [SOURCES.csv] [--title TITLE]
       conflict-timeline import --from timelinejs FILE

Reads the spreadsheet template (docs/adding-events.md) into a data file on standard output;
bad rows are reported as FILE:ROW:COL and left out.
  --title TITLE       the timeline's title, if the sheet has no title row
  --from timelinejs   read a TimelineJS 3 JSON file or the CSV of its Google Sheets template,
                      listing what could not be carried over`,
  export: `Usage: conflict-timeline export FILE

Writes a data file as the spreadsheet template on standard output: events, a blank line,
sources. Cells a spreadsheet would run as formulas are written after a '.`,
  edit: `Usage: conflict-timeline edit FILE [--port N] [--no-open]

Starts a local editor for the data file, on 127.0.0.1 only, and opens it in the browser: the
events and sources as forms, the checker's problems beside their fields, the timeline as it
will look. Save writes the file whole, keeps the version before as FILE.bak, and refuses when
the file has errors or changed on disk since it was loaded. Stop it with Ctrl+C.
  --port N     the port to listen on (default: a free one)
  --no-open    print the address without opening a browser`,
  image: `Usage: conflict-timeline image FILE [--out NAME] [--format svg|png|both] [--width PX]
                          [--start DATE --end DATE] [--locale en|fr]

Saves a picture of the timeline, as the element's "Download image" does: the title, the
element's first view (or --start to --end), the axis and the sources of what is shown.
  --out NAME     write NAME.svg and NAME.png (default: the data file's name); - writes the
                 SVG to standard output
  --format F     svg, png or both (default both; PNG needs the optional @resvg/resvg-js)
  --width PX     the picture's width, 320 to 4000 (default 1200)
  --start DATE   the first day shown, as YYYY, YYYY-MM or YYYY-MM-DD; --end the last
  --locale LOCALE  the language of dates and words (en, fr)`,
};
