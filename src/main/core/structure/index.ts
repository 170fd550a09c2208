export { applyStructureCorrections, type CorrectedStructure } from './apply-structure-corrections'
