/**
 * Stands in for the LINE emulator in a build made for a real LINE channel (LINE_CHANNEL_ACCESS_TOKEN
 * set when `npm run build` ran): that build carries no emulator code at all.
 */
export const startLineEmulator = async (): Promise<never> => {
  throw new Error(
    'this build was made for a real LINE channel and has no LINE emulator: set LINE_CHANNEL_ACCESS_TOKEN, or build again without it for sandbox mode',
  )
}
