import { Icon as Icon_c60fc11195254a70100a7c82614684e0 } from '../../../../src/components/Icon'
import { Logo as Logo_d05dcd2df632bb7cb811a750e82b802a } from '../../../../src/components/Logo'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/src/components/Icon#Icon": Icon_c60fc11195254a70100a7c82614684e0,
  "/src/components/Logo#Logo": Logo_d05dcd2df632bb7cb811a750e82b802a,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
