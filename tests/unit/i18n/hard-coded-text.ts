/**
 * Finds interface text written straight into components instead of a catalog: JSX text with
 * letters, and string literals given to attributes a person reads (aria-label, title,
 * placeholder, alt, label…). Parsed with TypeScript's own parser, so formatting and comments
 * cannot hide or fake a finding.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'

const READ_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-valuetext',
  'aria-roledescription',
  'title',
  'placeholder',
  'alt',
  'label',
  'eyebrow',
])
/** Text that is not language: punctuation, symbols, numbers, the product's name. */
const NOT_LANGUAGE = /^[\s\p{P}\p{S}\p{N}]*$|^Assembly Explorer$/u

export interface HardCodedText {
  file: string
  line: number
  text: string
}

export function findHardCodedText(root: string, dir: string): HardCodedText[] {
  const found: HardCodedText[] = []
  const walk = (path: string) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name)
      if (statSync(full).isDirectory()) walk(full)
      else if (name.endsWith('.tsx')) scan(full)
    }
  }
  const scan = (file: string) => {
    const source = ts.createSourceFile(
      file,
      readFileSync(file, 'utf8'),
      ts.ScriptTarget.Latest,
      true,
      ts.ScriptKind.TSX,
    )
    const report = (node: ts.Node, text: string) => {
      const trimmed = text.replace(/\s+/g, ' ').trim()
      if (!NOT_LANGUAGE.test(trimmed))
        found.push({
          file: relative(root, file),
          line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1,
          text: trimmed,
        })
    }
    const visit = (node: ts.Node) => {
      if (ts.isJsxText(node)) report(node, node.text)
      else if (
        ts.isJsxAttribute(node) &&
        READ_ATTRIBUTES.has(node.name.getText()) &&
        node.initializer
      ) {
        const init = node.initializer
        if (ts.isStringLiteral(init)) report(init, init.text)
        else if (
          ts.isJsxExpression(init) &&
          init.expression &&
          (ts.isStringLiteral(init.expression) ||
            ts.isNoSubstitutionTemplateLiteral(init.expression))
        )
          report(init, init.expression.text)
        else if (
          init &&
          ts.isJsxExpression(init) &&
          init.expression &&
          ts.isTemplateExpression(init.expression)
        )
          report(
            init,
            init.expression.head.text +
              init.expression.templateSpans.map((s) => s.literal.text).join(' '),
          )
      } else if (
        ts.isJsxExpression(node) &&
        node.expression &&
        (ts.isStringLiteral(node.expression) ||
          ts.isNoSubstitutionTemplateLiteral(node.expression)) &&
        ts.isJsxElement(node.parent)
      )
        report(node, node.expression.text)
      ts.forEachChild(node, visit)
    }
    visit(source)
  }
  walk(join(root, dir))
  return found
}
