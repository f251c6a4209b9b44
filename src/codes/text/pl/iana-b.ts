/** Registry texts (pl): see src/codes/text/README.md for who writes what and how. */
import type { CodeTextsPart } from '../../types';

export default {
} satisfies CodeTextsPart;
