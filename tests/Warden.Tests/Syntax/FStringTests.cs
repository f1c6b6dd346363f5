using NUnit.Framework;

namespace Warden.Tests.Syntax;

/// <summary>
/// f-strings: JoinedStr/FormattedValue/Constant shapes, conversions, format specs, the "="
/// form, positions (including multi-line and concatenated literals) and every f-string
/// SyntaxError. Expected values are CPython 3.11's
/// <c>ast.dump(ast.parse(src).body[0].value, include_attributes=True)</c> (or its error).
/// </summary>
public class FStringTests
{
        [TestCase(@"f'{x}'",
            @"JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)")]
        [TestCase(@"f'a{x}b' 'c'",
            @"JoinedStr(values=[Constant(value='a', lineno=1, col_offset=0, end_lineno=1, end_col_offset=12), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=12), Constant(value='bc', lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)")]
        [TestCase(@"xy = f'{x!r:>{w}}' f'{y=}'",
            @"JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), conversion=114, format_spec=JoinedStr(values=[Constant(value='>', lineno=1, col_offset=5, end_lineno=1, end_col_offset=26), FormattedValue(value=Name(id='w', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15), conversion=-1, lineno=1, col_offset=5, end_lineno=1, end_col_offset=26)], lineno=1, col_offset=5, end_lineno=1, end_col_offset=18), lineno=1, col_offset=5, end_lineno=1, end_col_offset=26), Constant(value='y=', lineno=1, col_offset=5, end_lineno=1, end_col_offset=26), FormattedValue(value=Name(id='y', ctx=Load(), lineno=1, col_offset=22, end_lineno=1, end_col_offset=23), conversion=114, lineno=1, col_offset=5, end_lineno=1, end_col_offset=26)], lineno=1, col_offset=5, end_lineno=1, end_col_offset=26)")]
        [TestCase(@"f'{x=!s:3}'",
            @"JoinedStr(values=[Constant(value='x=', lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=115, format_spec=JoinedStr(values=[Constant(value='3', lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)")]
        [TestCase(@"f'{ x = }'",
            @"JoinedStr(values=[Constant(value=' x = ', lineno=1, col_offset=0, end_lineno=1, end_col_offset=10), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), conversion=114, lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)")]
        [TestCase(@"f'{x=:3}'",
            @"JoinedStr(values=[Constant(value='x=', lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, format_spec=JoinedStr(values=[Constant(value='3', lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)")]
        [TestCase(@"f'{x=  }'",
            @"JoinedStr(values=[Constant(value='x=  ', lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=114, lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)")]
        [TestCase(@"f'{x  !r}'",
            @"JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=114, lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)")]
        [TestCase(@"f'{x} {x}'",
            @"JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=10), Constant(value=' ', lineno=1, col_offset=0, end_lineno=1, end_col_offset=10), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)")]
        [TestCase(@"f'{xx} {x}'",
            @"JoinedStr(values=[FormattedValue(value=Name(id='xx', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=5), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), Constant(value=' ', lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)")]
        [TestCase(@"'é' f'{x}'",
            @"JoinedStr(values=[Constant(value='é', lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)")]
        [TestCase(@"f'é{x}'",
            @"JoinedStr(values=[Constant(value='é', lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)")]
        [TestCase(@"(f'a'
 f'{y}')",
            @"JoinedStr(values=[Constant(value='a', lineno=1, col_offset=1, end_lineno=2, end_col_offset=7), FormattedValue(value=Name(id='y', ctx=Load(), lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), conversion=-1, lineno=1, col_offset=1, end_lineno=2, end_col_offset=7)], lineno=1, col_offset=1, end_lineno=2, end_col_offset=7)")]
        [TestCase(@"f'''
{x}
  {y}'''",
            @"JoinedStr(values=[Constant(value='\n', lineno=1, col_offset=0, end_lineno=3, end_col_offset=8), FormattedValue(value=Name(id='x', ctx=Load(), lineno=2, col_offset=1, end_lineno=2, end_col_offset=2), conversion=-1, lineno=1, col_offset=0, end_lineno=3, end_col_offset=8), Constant(value='\n  ', lineno=1, col_offset=0, end_lineno=3, end_col_offset=8), FormattedValue(value=Name(id='y', ctx=Load(), lineno=3, col_offset=3, end_lineno=3, end_col_offset=4), conversion=-1, lineno=1, col_offset=0, end_lineno=3, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=3, end_col_offset=8)")]
        [TestCase(@"f'''{
x}'''",
            @"JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1), conversion=-1, lineno=1, col_offset=0, end_lineno=2, end_col_offset=5)], lineno=1, col_offset=0, end_lineno=2, end_col_offset=5)")]
        [TestCase(@"xyz = f'''
{x}'''",
            @"JoinedStr(values=[Constant(value='\n', lineno=1, col_offset=6, end_lineno=2, end_col_offset=6), FormattedValue(value=Name(id='x', ctx=Load(), lineno=2, col_offset=1, end_lineno=2, end_col_offset=2), conversion=-1, lineno=1, col_offset=6, end_lineno=2, end_col_offset=6)], lineno=1, col_offset=6, end_lineno=2, end_col_offset=6)")]
        [TestCase(@"xyz = f'''ab
  {x}'''",
            @"JoinedStr(values=[Constant(value='ab\n  ', lineno=1, col_offset=6, end_lineno=2, end_col_offset=8), FormattedValue(value=Name(id='x', ctx=Load(), lineno=2, col_offset=3, end_lineno=2, end_col_offset=4), conversion=-1, lineno=1, col_offset=6, end_lineno=2, end_col_offset=8)], lineno=1, col_offset=6, end_lineno=2, end_col_offset=8)")]
        [TestCase(@"xyz = f'''{
 x}'''",
            @"JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=2, col_offset=1, end_lineno=2, end_col_offset=2), conversion=-1, lineno=1, col_offset=6, end_lineno=2, end_col_offset=6)], lineno=1, col_offset=6, end_lineno=2, end_col_offset=6)")]
        [TestCase(@"f'{a}' f'{b}'",
            @"JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=13), FormattedValue(value=Name(id='b', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)")]
        [TestCase(@"f'{{}}{x}}}'",
            @"JoinedStr(values=[Constant(value='{}', lineno=1, col_offset=0, end_lineno=1, end_col_offset=12), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=12), Constant(value='}', lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)")]
        [TestCase(@"f'{{'",
            @"JoinedStr(values=[Constant(value='{', lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)")]
        [TestCase(@"f''",
            @"JoinedStr(values=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=3)")]
        [TestCase(@"f'' ''",
            @"JoinedStr(values=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)")]
        [TestCase(@"f'{x:}'",
            @"JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, format_spec=JoinedStr(values=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=7), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)")]
        [TestCase(@"f'{x:{y}}'",
            @"JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='y', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)")]
        [TestCase(@"xy = f'{x:{y}>{z}}'",
            @"JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='y', ctx=Load(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), conversion=-1, lineno=1, col_offset=5, end_lineno=1, end_col_offset=19), Constant(value='>', lineno=1, col_offset=5, end_lineno=1, end_col_offset=19), FormattedValue(value=Name(id='z', ctx=Load(), lineno=1, col_offset=15, end_lineno=1, end_col_offset=16), conversion=-1, lineno=1, col_offset=5, end_lineno=1, end_col_offset=19)], lineno=1, col_offset=5, end_lineno=1, end_col_offset=19), lineno=1, col_offset=5, end_lineno=1, end_col_offset=19)], lineno=1, col_offset=5, end_lineno=1, end_col_offset=19)")]
        [TestCase(@"f'{x:{y=}}'",
            @"JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, format_spec=JoinedStr(values=[Constant(value='y=', lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), FormattedValue(value=Name(id='y', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), conversion=114, lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)")]
        [TestCase(@"u'a' f'{x}' 'b'",
            @"JoinedStr(values=[Constant(value='a', kind='u', lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), Constant(value='b', kind='u', lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)")]
        [TestCase(@"f'{x}' u'a'",
            @"JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), Constant(value='a', lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)")]
        [TestCase(@"u'' f'{x}'",
            @"JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)")]
        [TestCase(@"F'{x}' Rf'\n{y}' fR'{z}\t'",
            @"JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=26), Constant(value='\\n', lineno=1, col_offset=0, end_lineno=1, end_col_offset=26), FormattedValue(value=Name(id='y', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=26), FormattedValue(value=Name(id='z', ctx=Load(), lineno=1, col_offset=21, end_lineno=1, end_col_offset=22), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=26), Constant(value='\\t', lineno=1, col_offset=0, end_lineno=1, end_col_offset=26)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=26)")]
        [TestCase(@"f'\N{EN DASH}{x}\N{EN DASH}'",
            @"JoinedStr(values=[Constant(value='–', lineno=1, col_offset=0, end_lineno=1, end_col_offset=28), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=28), Constant(value='–', lineno=1, col_offset=0, end_lineno=1, end_col_offset=28)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=28)")]
        [TestCase(@"f'a\
{x}'",
            @"JoinedStr(values=[Constant(value='a', lineno=1, col_offset=0, end_lineno=2, end_col_offset=4), FormattedValue(value=Name(id='x', ctx=Load(), lineno=2, col_offset=1, end_lineno=2, end_col_offset=2), conversion=-1, lineno=1, col_offset=0, end_lineno=2, end_col_offset=4)], lineno=1, col_offset=0, end_lineno=2, end_col_offset=4)")]
        [TestCase(@"f'\
{x}'",
            @"JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=2, col_offset=1, end_lineno=2, end_col_offset=2), conversion=-1, lineno=1, col_offset=0, end_lineno=2, end_col_offset=4)], lineno=1, col_offset=0, end_lineno=2, end_col_offset=4)")]
        [TestCase(@"f'{x}\
'",
            @"JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, lineno=1, col_offset=0, end_lineno=2, end_col_offset=1)], lineno=1, col_offset=0, end_lineno=2, end_col_offset=1)")]
        [TestCase(@"f'\{x}'",
            @"JoinedStr(values=[Constant(value='\\', lineno=1, col_offset=0, end_lineno=1, end_col_offset=7), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)")]
        [TestCase(@"rf'\{x}'",
            @"JoinedStr(values=[Constant(value='\\', lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)")]
        [TestCase(@"f'\x41{x}\u00e9'",
            @"JoinedStr(values=[Constant(value='A', lineno=1, col_offset=0, end_lineno=1, end_col_offset=16), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=16), Constant(value='é', lineno=1, col_offset=0, end_lineno=1, end_col_offset=16)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=16)")]
        [TestCase(@"f'{x!a}' f'{y!s}'",
            @"JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=97, lineno=1, col_offset=0, end_lineno=1, end_col_offset=17), FormattedValue(value=Name(id='y', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), conversion=115, lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)")]
        [TestCase(@"f'{x:\x41}'",
            @"JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, format_spec=JoinedStr(values=[Constant(value='A', lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)")]
        [TestCase(@"f'{x}' '\ud800'",
            @"JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), Constant(value='\ud800', lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)")]
        [TestCase(@"f'{}'",
            @"SyntaxError: f-string: empty expression not allowed (1:6-1:6)")]
        [TestCase(@"f'{ }'",
            @"SyntaxError: f-string: empty expression not allowed (1:7-1:7)")]
        [TestCase(@"f'{x!}'",
            @"SyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a' (1:8-1:8)")]
        [TestCase(@"f'{x!z}'",
            @"SyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a' (1:9-1:9)")]
        [TestCase(@"f'{x!rr}'",
            @"SyntaxError: f-string: expecting '}' (1:10-1:10)")]
        [TestCase(@"f'{x!r '",
            @"SyntaxError: f-string: expecting '}' (1:9-1:9)")]
        [TestCase(@"f'{x'",
            @"SyntaxError: f-string: expecting '}' (1:6-1:6)")]
        [TestCase(@"f'{x:'",
            @"SyntaxError: f-string: expecting '}' (1:7-1:7)")]
        [TestCase(@"f'}'",
            @"SyntaxError: f-string: single '}' is not allowed (1:5-1:5)")]
        [TestCase(@"f'{x}}'",
            @"SyntaxError: f-string: single '}' is not allowed (1:8-1:8)")]
        [TestCase(@"f'{(}'",
            @"SyntaxError: f-string: closing parenthesis '}' does not match opening parenthesis '(' (1:7-1:7)")]
        [TestCase(@"f'{)}'",
            @"SyntaxError: f-string: unmatched ')' (1:7-1:7)")]
        [TestCase(@"f'{(]}'",
            @"SyntaxError: f-string: closing parenthesis ']' does not match opening parenthesis '(' (1:8-1:8)")]
        [TestCase(@"f'{x#}'",
            @"SyntaxError: f-string expression part cannot include '#' (1:8-1:8)")]
        [TestCase(@"f'{""\n""}'",
            @"SyntaxError: f-string expression part cannot include a backslash (1:10-1:10)")]
        [TestCase(@"x = f'{x!}'  + 1",
            @"SyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a' (1:14-1:15)")]
        [TestCase(@"f'{=}'",
            @"SyntaxError: f-string: expression required before '=' (1:7-1:7)")]
        [TestCase(@"f'{x=!}'",
            @"SyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a' (1:9-1:9)")]
        [TestCase(@"f'{a[""}'",
            @"SyntaxError: f-string: unterminated string (1:9-1:9)")]
        [TestCase(@"f'{ !r}'",
            @"SyntaxError: f-string: expression required before '!' (1:9-1:9)")]
        [TestCase(@"f'{x:{y!}}'",
            @"SyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a' (1:12-1:12)")]
        [TestCase(@"f'{x:{}}'",
            @"SyntaxError: f-string: empty expression not allowed (1:10-1:10)")]
        [TestCase(@"f'{!r}'",
            @"SyntaxError: f-string: expression required before '!' (1:8-1:8)")]
        [TestCase(@"f'{:}'",
            @"SyntaxError: f-string: expression required before ':' (1:7-1:7)")]
        [TestCase(@"f'{x!r=}'",
            @"SyntaxError: f-string: expecting '}' (1:10-1:10)")]
        [TestCase(@"f'{x:{y:{z}}}'",
            @"SyntaxError: f-string: expressions nested too deeply (1:15-1:15)")]
        [TestCase(@"f'{('",
            @"SyntaxError: f-string: unmatched '(' (1:6-1:6)")]
        [TestCase(@"f'{x!r  }'",
            @"SyntaxError: f-string: expecting '}' (1:11-1:11)")]
        [TestCase(@"f'{x:}}'",
            @"SyntaxError: f-string: single '}' is not allowed (1:9-1:9)")]
        [TestCase(@"f'{x:a}b}'",
            @"SyntaxError: f-string: single '}' is not allowed (1:11-1:11)")]
        [TestCase(@"f'\N{DASH}{x}'",
            @"SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-7: unknown Unicode character name (1:15-1:15)")]
        [TestCase(@"f'é\x{x}'",
            @"SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 10-11: truncated \xXX escape (1:10-1:10)")]
        [TestCase(@"f'{x}é\x1'",
            @"SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 10-12: truncated \xXX escape (1:11-1:11)")]
        [TestCase(@"f'{x:\x}'",
            @"SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \xXX escape (1:10-1:10)")]
        [TestCase(@"f'{x:{y}é\x}'",
            @"SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 10-11: truncated \xXX escape (1:14-1:14)")]
        [TestCase(@"f'{x!r:\N{DASH}}'",
            @"SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-7: unknown Unicode character name (1:18-1:18)")]
        [TestCase(@"b'' f'{x}'",
            @"SyntaxError: cannot mix bytes and nonbytes literals (1:11-1:11)")]
        [TestCase(@"f'{x}' b''",
            @"SyntaxError: cannot mix bytes and nonbytes literals (1:11-1:11)")]
        [TestCase(@"xy = 'a' f'{x:>{w}}' 'b'",
            @"JoinedStr(values=[Constant(value='a', lineno=1, col_offset=5, end_lineno=1, end_col_offset=24), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), conversion=-1, format_spec=JoinedStr(values=[Constant(value='>', lineno=1, col_offset=5, end_lineno=1, end_col_offset=24), FormattedValue(value=Name(id='w', ctx=Load(), lineno=1, col_offset=16, end_lineno=1, end_col_offset=17), conversion=-1, lineno=1, col_offset=5, end_lineno=1, end_col_offset=24)], lineno=1, col_offset=9, end_lineno=1, end_col_offset=20), lineno=1, col_offset=5, end_lineno=1, end_col_offset=24), Constant(value='b', lineno=1, col_offset=5, end_lineno=1, end_col_offset=24)], lineno=1, col_offset=5, end_lineno=1, end_col_offset=24)")]
        [TestCase(@"xy = ('a'
  f'{x:>{w}}' 'b')",
            @"JoinedStr(values=[Constant(value='a', lineno=1, col_offset=6, end_lineno=2, end_col_offset=17), FormattedValue(value=Name(id='x', ctx=Load(), lineno=2, col_offset=5, end_lineno=2, end_col_offset=6), conversion=-1, format_spec=JoinedStr(values=[Constant(value='>', lineno=1, col_offset=6, end_lineno=2, end_col_offset=17), FormattedValue(value=Name(id='w', ctx=Load(), lineno=2, col_offset=9, end_lineno=2, end_col_offset=10), conversion=-1, lineno=1, col_offset=6, end_lineno=2, end_col_offset=17)], lineno=2, col_offset=2, end_lineno=2, end_col_offset=13), lineno=1, col_offset=6, end_lineno=2, end_col_offset=17), Constant(value='b', lineno=1, col_offset=6, end_lineno=2, end_col_offset=17)], lineno=1, col_offset=6, end_lineno=2, end_col_offset=17)")]
        [TestCase(@"f'{x:{y:3}}'",
            @"JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='y', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), conversion=-1, format_spec=JoinedStr(values=[Constant(value='3', lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)")]
        [TestCase(@"(f'UTC{sign}{hours:02d}:{minutes:02d}'
 f'.{microseconds:06d}')",
            @"JoinedStr(values=[Constant(value='UTC', lineno=1, col_offset=1, end_lineno=2, end_col_offset=23), FormattedValue(value=Name(id='sign', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=11), conversion=-1, lineno=1, col_offset=1, end_lineno=2, end_col_offset=23), FormattedValue(value=Name(id='hours', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=18), conversion=-1, format_spec=JoinedStr(values=[Constant(value='02d', lineno=1, col_offset=1, end_lineno=1, end_col_offset=38)], lineno=1, col_offset=1, end_lineno=1, end_col_offset=38), lineno=1, col_offset=1, end_lineno=2, end_col_offset=23), Constant(value=':', lineno=1, col_offset=1, end_lineno=2, end_col_offset=23), FormattedValue(value=Name(id='minutes', ctx=Load(), lineno=1, col_offset=25, end_lineno=1, end_col_offset=32), conversion=-1, format_spec=JoinedStr(values=[Constant(value='02d', lineno=1, col_offset=1, end_lineno=1, end_col_offset=38)], lineno=1, col_offset=1, end_lineno=1, end_col_offset=38), lineno=1, col_offset=1, end_lineno=2, end_col_offset=23), Constant(value='.', lineno=1, col_offset=1, end_lineno=2, end_col_offset=23), FormattedValue(value=Name(id='microseconds', ctx=Load(), lineno=2, col_offset=5, end_lineno=2, end_col_offset=17), conversion=-1, format_spec=JoinedStr(values=[Constant(value='06d', lineno=2, col_offset=1, end_lineno=2, end_col_offset=23)], lineno=2, col_offset=1, end_lineno=2, end_col_offset=23), lineno=1, col_offset=1, end_lineno=2, end_col_offset=23)], lineno=1, col_offset=1, end_lineno=2, end_col_offset=23)")]
        [TestCase(@"xy = 'a' f'{x:{w}>}' 'b'",
            @"JoinedStr(values=[Constant(value='a', lineno=1, col_offset=5, end_lineno=1, end_col_offset=24), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='w', ctx=Load(), lineno=1, col_offset=15, end_lineno=1, end_col_offset=16), conversion=-1, lineno=1, col_offset=5, end_lineno=1, end_col_offset=24), Constant(value='>', lineno=1, col_offset=9, end_lineno=1, end_col_offset=20)], lineno=1, col_offset=9, end_lineno=1, end_col_offset=20), lineno=1, col_offset=5, end_lineno=1, end_col_offset=24), Constant(value='b', lineno=1, col_offset=5, end_lineno=1, end_col_offset=24)], lineno=1, col_offset=5, end_lineno=1, end_col_offset=24)")]
        [TestCase(@"xy = 'a' f'{x:<{w}>}' 'b'",
            @"JoinedStr(values=[Constant(value='a', lineno=1, col_offset=5, end_lineno=1, end_col_offset=25), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), conversion=-1, format_spec=JoinedStr(values=[Constant(value='<', lineno=1, col_offset=5, end_lineno=1, end_col_offset=25), FormattedValue(value=Name(id='w', ctx=Load(), lineno=1, col_offset=16, end_lineno=1, end_col_offset=17), conversion=-1, lineno=1, col_offset=5, end_lineno=1, end_col_offset=25), Constant(value='>', lineno=1, col_offset=9, end_lineno=1, end_col_offset=21)], lineno=1, col_offset=9, end_lineno=1, end_col_offset=21), lineno=1, col_offset=5, end_lineno=1, end_col_offset=25), Constant(value='b', lineno=1, col_offset=5, end_lineno=1, end_col_offset=25)], lineno=1, col_offset=5, end_lineno=1, end_col_offset=25)")]
        [TestCase(@"xy = f'{x,y}'",
            @"JoinedStr(values=[FormattedValue(value=Tuple(elts=[Name(id='x', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), Name(id='y', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11)], ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=12), conversion=-1, lineno=1, col_offset=5, end_lineno=1, end_col_offset=13)], lineno=1, col_offset=5, end_lineno=1, end_col_offset=13)")]
        [TestCase(@"xy = f'{ x, y }'",
            @"JoinedStr(values=[FormattedValue(value=Tuple(elts=[Name(id='x', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), Name(id='y', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13)], ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=15), conversion=-1, lineno=1, col_offset=5, end_lineno=1, end_col_offset=16)], lineno=1, col_offset=5, end_lineno=1, end_col_offset=16)")]
        [TestCase(@"f'{(lambda x:1)}'",
            @"JoinedStr(values=[FormattedValue(value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='x', lineno=1, col_offset=11, end_lineno=1, end_col_offset=12)], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=1, lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), lineno=1, col_offset=4, end_lineno=1, end_col_offset=14), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)")]
        [TestCase(@"f'{lambda x:1}'",
            @"SyntaxError: f-string: invalid syntax (1:10-1:11)")]
        [TestCase(@"f'{x:=1}'",
            @"JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, format_spec=JoinedStr(values=[Constant(value='=1', lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)")]
        [TestCase(@"f'{(x:=1)}'",
            @"JoinedStr(values=[FormattedValue(value=NamedExpr(target=Name(id='x', ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), value=Constant(value=1, lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), lineno=1, col_offset=4, end_lineno=1, end_col_offset=8), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)")]
        [TestCase(@"f'{x!=y}'",
            @"JoinedStr(values=[FormattedValue(value=Compare(left=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), ops=[NotEq()], comparators=[Name(id='y', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)], lineno=1, col_offset=3, end_lineno=1, end_col_offset=7), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)")]
        [TestCase(@"f'{x==y}'",
            @"JoinedStr(values=[FormattedValue(value=Compare(left=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), ops=[Eq()], comparators=[Name(id='y', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)], lineno=1, col_offset=3, end_lineno=1, end_col_offset=7), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)")]
        [TestCase(@"f'{x<=y}' f'{x>y}'",
            @"JoinedStr(values=[FormattedValue(value=Compare(left=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), ops=[LtE()], comparators=[Name(id='y', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)], lineno=1, col_offset=3, end_lineno=1, end_col_offset=7), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=18), FormattedValue(value=Compare(left=Name(id='x', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), ops=[Gt()], comparators=[Name(id='y', ctx=Load(), lineno=1, col_offset=15, end_lineno=1, end_col_offset=16)], lineno=1, col_offset=13, end_lineno=1, end_col_offset=16), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=18)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=18)")]
        [TestCase(@"f'{x>=y=}'",
            @"JoinedStr(values=[Constant(value='x>=y=', lineno=1, col_offset=0, end_lineno=1, end_col_offset=10), FormattedValue(value=Compare(left=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), ops=[GtE()], comparators=[Name(id='y', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)], lineno=1, col_offset=3, end_lineno=1, end_col_offset=7), conversion=114, lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)")]
        [TestCase(@"f'{a b}'",
            @"SyntaxError: f-string: invalid syntax. Perhaps you forgot a comma? (1:2-1:5)")]
        [TestCase(@"f'{é b}'",
            @"SyntaxError: f-string: invalid syntax. Perhaps you forgot a comma? (1:2-1:6)")]
        [TestCase(@"f'''
{a b}'''",
            @"SyntaxError: f-string: invalid syntax. Perhaps you forgot a comma? (2:2-2:5)")]
        [TestCase(@"x = 1 +  f'{a b}'",
            @"SyntaxError: f-string: invalid syntax. Perhaps you forgot a comma? (1:2-1:5)")]
        [TestCase(@"f'{""a""}'",
            @"JoinedStr(values=[FormattedValue(value=Constant(value='a', lineno=1, col_offset=3, end_lineno=1, end_col_offset=6), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)")]
        [TestCase(@"f'{""{""}' f""{'}'}""",
            @"JoinedStr(values=[FormattedValue(value=Constant(value='{', lineno=1, col_offset=3, end_lineno=1, end_col_offset=6), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=17), FormattedValue(value=Constant(value='}', lineno=1, col_offset=12, end_lineno=1, end_col_offset=15), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)")]
        [TestCase(@"xyz = f'''{""""""a
b""""""}'''",
            @"JoinedStr(values=[FormattedValue(value=Constant(value='a\nb', lineno=1, col_offset=1, end_lineno=2, end_col_offset=4), conversion=-1, lineno=1, col_offset=6, end_lineno=2, end_col_offset=8)], lineno=1, col_offset=6, end_lineno=2, end_col_offset=8)")]
        [TestCase(@"xyz = f'''{x + """"""a
b"""""" + y}'''",
            @"JoinedStr(values=[FormattedValue(value=BinOp(left=BinOp(left=Name(id='x', ctx=Load(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), op=Add(), right=Constant(value='a\nb', lineno=1, col_offset=5, end_lineno=2, end_col_offset=4), lineno=1, col_offset=11, end_lineno=2, end_col_offset=4), op=Add(), right=Name(id='y', ctx=Load(), lineno=2, col_offset=7, end_lineno=2, end_col_offset=8), lineno=1, col_offset=11, end_lineno=2, end_col_offset=8), conversion=-1, lineno=1, col_offset=6, end_lineno=2, end_col_offset=12)], lineno=1, col_offset=6, end_lineno=2, end_col_offset=12)")]
        [TestCase(@"xyz = f'''{x
+y}'''",
            @"JoinedStr(values=[FormattedValue(value=BinOp(left=Name(id='x', ctx=Load(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), op=Add(), right=Name(id='y', ctx=Load(), lineno=2, col_offset=1, end_lineno=2, end_col_offset=2), lineno=1, col_offset=11, end_lineno=2, end_col_offset=2), conversion=-1, lineno=1, col_offset=6, end_lineno=2, end_col_offset=6)], lineno=1, col_offset=6, end_lineno=2, end_col_offset=6)")]
        [TestCase(@"xyz = f'''{x +
  yy}'''",
            @"JoinedStr(values=[FormattedValue(value=BinOp(left=Name(id='x', ctx=Load(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), op=Add(), right=Name(id='yy', ctx=Load(), lineno=2, col_offset=2, end_lineno=2, end_col_offset=4), lineno=1, col_offset=11, end_lineno=2, end_col_offset=4), conversion=-1, lineno=1, col_offset=6, end_lineno=2, end_col_offset=8)], lineno=1, col_offset=6, end_lineno=2, end_col_offset=8)")]
        [TestCase(@"f'{x:{y}.{z}f}'",
            @"JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='y', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), Constant(value='.', lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), FormattedValue(value=Name(id='z', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), Constant(value='f', lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)")]
        [TestCase(@"f'{ x . y ( 1 ) [ 2 ] }'",
            @"JoinedStr(values=[FormattedValue(value=Subscript(value=Call(func=Attribute(value=Name(id='x', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), attr='y', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=9), args=[Constant(value=1, lineno=1, col_offset=12, end_lineno=1, end_col_offset=13)], keywords=[], lineno=1, col_offset=4, end_lineno=1, end_col_offset=15), slice=Constant(value=2, lineno=1, col_offset=18, end_lineno=1, end_col_offset=19), ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=21), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=24)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=24)")]
        [TestCase(@"f'{*x}'",
            @"SyntaxError: f-string: cannot use starred expression here (1:2-1:4)")]
        [TestCase(@"f'{*x, y}'",
            @"JoinedStr(values=[FormattedValue(value=Tuple(elts=[Starred(value=Name(id='x', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=5), Name(id='y', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8)], ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=9), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)")]
        [TestCase(@"f'{yield}'",
            @"JoinedStr(values=[FormattedValue(value=Yield(lineno=1, col_offset=3, end_lineno=1, end_col_offset=8), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)")]
        [TestCase(@"f'{x if y else z!r:>10}'",
            @"JoinedStr(values=[FormattedValue(value=IfExp(test=Name(id='y', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), body=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), orelse=Name(id='z', ctx=Load(), lineno=1, col_offset=15, end_lineno=1, end_col_offset=16), lineno=1, col_offset=3, end_lineno=1, end_col_offset=16), conversion=114, format_spec=JoinedStr(values=[Constant(value='>10', lineno=1, col_offset=0, end_lineno=1, end_col_offset=24)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=24), lineno=1, col_offset=0, end_lineno=1, end_col_offset=24)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=24)")]
        [TestCase(@"f'{[i for i in x]}'",
            @"JoinedStr(values=[FormattedValue(value=ListComp(elt=Name(id='i', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), generators=[comprehension(target=Name(id='i', ctx=Store(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), iter=Name(id='x', ctx=Load(), lineno=1, col_offset=15, end_lineno=1, end_col_offset=16), ifs=[], is_async=0)], lineno=1, col_offset=3, end_lineno=1, end_col_offset=17), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=19)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=19)")]
        [TestCase(@"f'{ {1: 2}[1] }'",
            @"JoinedStr(values=[FormattedValue(value=Subscript(value=Dict(keys=[Constant(value=1, lineno=1, col_offset=5, end_lineno=1, end_col_offset=6)], values=[Constant(value=2, lineno=1, col_offset=8, end_lineno=1, end_col_offset=9)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=10), slice=Constant(value=1, lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=13), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=16)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=16)")]
        [TestCase(@"f'{x}{x}{x}'",
            @"JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=12), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=12), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)")]
        [TestCase(@"f'{x} é {x}'",
            @"JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=13), Constant(value=' é ', lineno=1, col_offset=0, end_lineno=1, end_col_offset=13), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)")]
        [TestCase(@"('é'
 f'{x}' f'é{y}')",
            @"JoinedStr(values=[Constant(value='é', lineno=1, col_offset=1, end_lineno=2, end_col_offset=16), FormattedValue(value=Name(id='x', ctx=Load(), lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), conversion=-1, lineno=1, col_offset=1, end_lineno=2, end_col_offset=16), Constant(value='é', lineno=1, col_offset=1, end_lineno=2, end_col_offset=16), FormattedValue(value=Name(id='y', ctx=Load(), lineno=2, col_offset=13, end_lineno=2, end_col_offset=14), conversion=-1, lineno=1, col_offset=1, end_lineno=2, end_col_offset=16)], lineno=1, col_offset=1, end_lineno=2, end_col_offset=16)")]
        [TestCase(@"f'{x}' f'{x}'",
            @"JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=13), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)")]
        [TestCase(@"f""{'''a'''}""",
            @"JoinedStr(values=[FormattedValue(value=Constant(value='a', lineno=1, col_offset=3, end_lineno=1, end_col_offset=10), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)")]
        [TestCase(@"f'''{
    x
    }'''",
            @"JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), conversion=-1, lineno=1, col_offset=0, end_lineno=3, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=3, end_col_offset=8)")]
        [TestCase(@"f'{x:{y}}' f'{z:{w}}'",
            @"JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='y', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=21)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=21), FormattedValue(value=Name(id='z', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='w', ctx=Load(), lineno=1, col_offset=17, end_lineno=1, end_col_offset=18), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=21)], lineno=1, col_offset=11, end_lineno=1, end_col_offset=21), lineno=1, col_offset=0, end_lineno=1, end_col_offset=21)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=21)")]
        [TestCase(@"xy = f'{1_}'",
            @"SyntaxError: invalid decimal literal (1:3-1:3)")]
        [TestCase(@"xy = f'{a $ b}'",
            @"SyntaxError: f-string: invalid syntax (1:4-1:5)")]
        [TestCase(@"xy = f'{x for}'",
            @"SyntaxError: f-string: invalid syntax (1:7-1:8)")]
        [TestCase(@"xy = f'''{x +
 a b}'''",
            @"SyntaxError: f-string: invalid syntax. Perhaps you forgot a comma? (1:2-2:-4)")]
        [TestCase(@"xy = f'''ab
  {a b}'''",
            @"SyntaxError: f-string: invalid syntax. Perhaps you forgot a comma? (2:2-2:5)")]
        [TestCase(@"xy = f'{x:{a b}}'",
            @"SyntaxError: f-string: invalid syntax. Perhaps you forgot a comma? (1:2-1:5)")]
        [TestCase(@"xy = 'é' f'{a b}'",
            @"SyntaxError: f-string: invalid syntax. Perhaps you forgot a comma? (1:2-1:5)")]
        [TestCase(@"xy = f'''ab
  {1_}'''",
            @"SyntaxError: invalid decimal literal (2:3-2:3)")]
        [TestCase(@"xy = f'''ab
  {a +
1_}'''",
            @"SyntaxError: invalid decimal literal (3:2-3:2)")]
        [TestCase(@"xy = f'{a +  1_}'",
            @"SyntaxError: invalid decimal literal (1:8-1:8)")]
    public void DumpsLikeCPython(string source, string expected)
    {
        Assert.That(StringLiteralTestHarness.Dump(source), Is.EqualTo(expected));
    }
}
