/** The department code for a resident's free-text message: the first route with a keyword in it, else the fallback. */
export const routeInquiry = (
  text: string,
  routes: { department: string; keywords: string[] }[],
  fallback: string | undefined,
): { department?: string; keyword?: string } => {
  const normalised = text.normalize('NFKC')
  for (const route of routes) {
    const keyword = route.keywords.find((k) => normalised.includes(k.normalize('NFKC')))
    if (keyword) return { department: route.department, keyword }
  }
  return { department: fallback }
}
