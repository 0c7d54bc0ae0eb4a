/** The idea box's client components, referenced from the admin as `@akita-dx/plugin-idea-box/client#…`. */
export { IdeaDiscussion } from '../components/IdeaDiscussion'
export { IdeaListViews } from '../components/IdeaListViews'
export { SimilarIdeas } from '../components/SimilarIdeas'
