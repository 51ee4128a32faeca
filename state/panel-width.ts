/** The panel's width bounds in CSS pixels (shared by the stored state and the resize handle). */
export const panelWidthRange = { min: 300, max: 560 } as const;
