// The surname lexicon lives with the rest of the genre's knowledge, shared with the parser.
export { doubleSurnameList, isAmbiguousSurname, surnameAt } from '../../genre/surnames'
