export const migrations: { down: (args: any) => Promise<void>; name: string; up: (args: any) => Promise<void> }[] = []
