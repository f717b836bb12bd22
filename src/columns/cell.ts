/**
 * One cell as the readers hand it over. xlsx dates arrive as a Date at UTC midnight of the
 * calendar day (time-only values as a Date on 1899-12-30 plus the time); csv cells are strings.
 */
export type CellValue = string | number | boolean | Date | null;
