import { readFile } from 'node:fs/promises'
import { exampleDatabase } from '../src/main/example'
import { writeExampleKallelse } from '../src/main/example/kallelse'
async function main() {
  const paths = await writeExampleKallelse('/tmp/kal', exampleDatabase(), { readFile, now: () => new Date('2019-04-26T08:00:00Z') })
  console.log(paths.join('\n'))
}
void main()
