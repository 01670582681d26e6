/**
 * The tray icon: build/icons/32x32.png inlined (174 bytes) so it ships inside the main bundle —
 * the package holds only out/** (see build/electron-builder.config.cjs). trayIcon.test.ts checks
 * it is byte-identical to the file.
 */
export const TRAY_ICON_PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAAdUlEQVR42mPgFRRnwIH/UxljtYfWlhJ0zEBYjuKIgbIc7ohRBwyk5WCM1QERy/6j4FEHDAoH0MpRow4Y2g6ghoNGHUBVB1yaqYSCRx0w6gCQ2I9ATxQ8+ByAroDeeOAdMBjSAMMAOmC0WT54umaDonM6IN1zAOCEVos/f1fCAAAAAElFTkSuQmCC';
