/** The zip record signatures and methods (PKWARE APPNOTE), shared by our zip reader and writer. */
export const LOCAL_SIGNATURE = 0x04034b50;
export const CENTRAL_SIGNATURE = 0x02014b50;
export const END_SIGNATURE = 0x06054b50;
export const END64_SIGNATURE = 0x06064b50;
export const END64_LOCATOR_SIGNATURE = 0x07064b50;
export const STORED = 0;
export const DEFLATED = 8;
