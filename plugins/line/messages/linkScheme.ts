/** The links LINE opens from a message's button: web pages, LINE's own URLs and phone numbers. */
export const isLinkScheme = (uri: string): boolean => /^(https?:|line:|tel:)/i.test(uri)
