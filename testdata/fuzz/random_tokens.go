package main
var else const var + ~ 1 = + * = ] var <- x [ range ) | struct var := func switch } { ) 1 
 | ( const go var ~ 1 switch ; chan & func [ const ... map else [ . go ; + chan ( } return ] struct ] chan interface } ( func "s" "s" { * interface struct map } return 1 ... select [ <- select func map if for 
 ] func { const & = else 1 var + 1 for map interface if struct map "s" func ... ~ <- ( "s" = struct | return ] ) x "s" var . func select chan interface } } [ "s" ~ 
 func | : : const for ~ * return for interface = x <- ; 
 1 := else 1 interface * | [ map { ] ] ) + . 
 struct . map | & chan switch = } for ; * else } ... "s" "s" ( } ... map var 
 { ) = chan : switch return for [ : for var select switch ~ for ~ ) ( * case <- ) ( | } * } <- go for } } var range : ) for select case [ * } map ( & return func interface interface ~ func | } [ [ if . map select interface ~ const var const range [ switch + ( <- | [ * ( ; if & & . func : <- x 1 switch := select var & 
 go struct . 1 type 1 "s" interface ; ~ go "s" for for & case ) } ... := if var * ... "s" map interface switch & go var go } ) ... | ) ... return case <- return ( for struct const 1 ( ... 
 x { if var ] range : } 1 1 * . = func * range ) = ; ... case range switch + := struct ; [ map interface for var const 1 func interface else return + select const go "s" ] if "s" 
 interface [ <- range go . ( case + [ ) var select else map ... & ( "s" } type ) = range select for * x switch switch var & ~ [ ; var switch else chan else := switch + else . <- interface "s" <- x range switch ... return & 1 map range if + func | interface ( range ) switch struct range return if & [ := } range const map struct ... 
 * & for select type * switch go ] 1 map ( . for ( ) 1 x ; func chan go case 
 & ] & ~ if + . 1 switch type ( interface map switch := range "s" range "s" switch "s" range ~ for ; case = go | go 1 "s" 1 ] for 
 for [ . interface ] type map range for 1 struct ( ] 1 return case : if + select + 1 } * ] ( ) else + return * x 1 = if "s" = := chan ] ~ { for const } ] go struct const type + case type "s" | : func ) 1 = map const : : struct 1 | := ] + func go [ struct return | 1 + ~ select . ... if := struct for select range : type = struct "s" = } select <- * ] func case { ; ... <- select "s" struct return = range } interface + & "s" if struct return ( if ] 
 . var struct + { 1 interface func ] . . ... select else range + map switch return ] var } else | ) interface := interface * := & range | { type & map chan switch struct | <- : switch chan * ... else chan chan ( func 
 ~ ) := map interface { go struct { ~ go } ; type * . 
 ) switch ] const x 
 | if { map const if "s" { case switch x if : var for map const | . ~ map : switch for chan for 
 * if + <- + case ... ... return ~ 1 ... 
 1 
 + 1 ) { func ... . type ( ) ] ; range ... } [ := else 
 : * * case "s" select select & for } if var "s" var type . interface x : x | go chan else = type : ~ ] const go [ range [ type return return & const <- func } <- "s" | [ <- & go chan x ; case go : if go var return | ... var switch <- const go ; struct switch 
 [ : : ( : struct ~ interface 1 return : interface range x ~ return = = [ const chan ( ; switch { range := return chan ( type } ~ range <- range [ select [ ... ] go [ ( x ] type 
 ; & switch select const struct case select select for & & range } ) map case func interface [ const range ( switch : func if map map x 
 := interface := go "s" interface type switch chan ... { * <- if <- x = { const ( ~ * ) go ] 1 = case "s" ~ 
 | * | + ; var = ... struct = <- else else * . & struct select else [ * ; struct { "s" for interface switch switch ... { 
 func * : var 
 map | := map := go x . switch for ... switch range { x return = func "s" x for [ case ... switch ] * const [ ~ range + <- ( 1 map 1 [ var "s" ) range map switch & := <- go <- struct } else <- const } : } for ] struct const if var func interface * 
 chan return if const func "s" x chan interface range <- select struct else [ . 1 1 interface if select <- ... return * select var interface [ ] x ] for = = 1 struct ) const ~ [ ] ; ) := if type map } select type + for "s" x interface * select map func struct go 
 | switch ( . select 1 select <- var ] else interface "s" + select chan ] := . range <- else ; case + + x return 1 switch 1 return ( 1 [ for 
 * return map select select [ : ... const if var for 
 return range range else } else . := select | x if func chan : 
 return : := = | else } const ) struct = for <- interface ~ ( := 1 map const ) x switch interface if return struct = select switch for . 
 return select { ) x struct & | ] * case map return map chan & const map type if return if switch select switch switch type map ( go { chan type interface | go <- ~ } 
 if var 
 + struct { * ] switch 
 range <- struct 
 } : range map return := ; map return if } ] switch for if range return const func chan 
 <- ( go = } var var switch struct x case ~ ; ) <- ( const go <- go & x * "s" 1 chan { 1 go case * ( = else 1 range 
 1 { ] <- go ... map for select var map [ := ; <- if 1 ... = 
 + chan ... : switch if ~ switch ; <- = ; ... for [ const } var switch } switch ) func | ~ chan range . type return [ := chan 1 
 = ... else ( = x ) const ~ interface func & { = } else : go * ) switch chan + switch range = | := if | type 
 var else . 
 . & range ; ~ | & . ) 1 | { return var = go x | ( | & type + var . ( } if = return range ~ 
 x { <- type ) go switch . ~ & [ + := interface . 
 := & | const { go map const : "s" ) for & | for x const switch ) func 
 map switch x [ struct else <- * type } ) ; chan . if else 
 map const [ ; : <- select "s" ) := struct ~ { select return ~ = const struct "s" interface interface { "s" map case 
 = else := * "s" struct "s" | const <- * var & = & "s" range interface map } { ... : ... ( switch = . + struct return "s" ... ] : { x : for 
 if ( go interface var [ interface go . switch { <- struct | 
 & ) 1 x + | for ) "s" <- map type * range for switch else . go var interface x "s" ... range var struct for interface switch case ; ] chan : case "s" for ) ( * return func <- } "s" else case if : 
 . [ type if struct & { & interface select chan & ... ; := struct 1 * := case 
 switch [ select type x * ~ . else <- ( struct if : } struct ... { interface & ~ <- * go . } ( ) case go : return <- . = * interface select : ( return "s" } { range map map } ... } const var interface interface ) for + ... <- & : * ( x | 1 ... ; . ; 
 switch func range struct func 
 else & else [ else select . case ] ( go "s" struct := 1 := := select & return chan : map chan : range & 
 
 : go = + for } } ] <- if var + * ) := map * { case . struct + struct . . : go = select "s" return for return map for ... := for 1 interface chan ; = func * ~ for ... ... map . struct interface for { := if ) 1 chan case range if struct select ( range * := : } <- var chan ; struct map x return interface "s" range chan x var = ] else . & type if x go ( ... return return x ... struct ... go ; [ * 1 : else . else { x } func <- [ func = select * for 1 map * ) map case else struct else { "s" else . ... 1 chan 
 var return { = ( := range if } ... case ( else <- } + const func "s" } : func switch . 
 & struct <- range ] * struct map . ( func return x ; go interface : + ... : var case <- ... } go | ] . select "s" = "s" { for range <- "s" = case ] x x : case = type ( func struct + { struct ] go range "s" ( = go } ~ ] ~ go type * ; & map = ... } interface go = case switch func x interface { "s" case var type + return if if const type const map interface + ; interface | range return ) + ) switch var var chan ~ ) | { go x range const select . go 1 * else struct { for & if ; = x if ] + . . } = ) select . switch case const "s" range func type 1 & ... 
 } ] else var & 
 } & { else } x : = ] select ) case ; chan if map = interface ( const & } [ "s" range go 1 else type interface func select go ... | "s" "s" = for := ~ const ) for ... if . case case <- 1 func } "s" : <- map 1 x } ... type : map ... const for + if ] case + map 
 & ~ if chan if chan [ const ; * interface 1 map | ; var } : map select chan ~ var ... chan func 
 func map : for ~ . interface map ... select ] ~ ] range ] const "s" [ : ( : ( ~ case ( x * } : := const + go * | { ; ( struct type ; range if { } const struct "s" switch ~ "s" & : x + struct ] [ func := . * if type const x ( : : ( ] case map range else range if ] <- + return if } return 
 for [ + + <- chan case 
 
 ~ map const { "s" ~ var := else ] const for ] + x x return switch = map if map func ; x if interface := chan switch ( struct if & <- range ) interface map <- [ "s" . range if map select & "s" else for return + ] struct <- ... | . ; : [ type * interface case type select var if { <- switch { := switch interface else go struct ; ] : ) go : * ; switch switch & func : map ~ ] func ~ case 
 : | : <- "s" | ~ { go = & if switch case { [ "s" . ~ ... type : struct [ chan return ] [ struct ; . select ) go x x chan chan { & { struct [ else for select ( "s" ~ range func * map select } = [ var for interface var type if var go } if case else if if struct <- else if "s" ] map go range for if x ... * map ) type interface 1 & & type interface + * ] else := ~ go 1 func case := case interface ~ switch interface var return ~ const case ~ x * struct go [ & ; . case map return ) . } . interface 
 "s" type } else = map switch const interface & if ; = ] <- + x ) case return := else & select & x var case <- ] 
 x "s" 1 range case if := 1 ~ := : go : ] chan | . if 
 case ( = range . chan chan . else for . & } ... ( chan ... + x interface := range for [ range := range ~ . <- { type : range ; * var : case "s" + ... return case ; } else if return } <- func ] return if 1 : <- case x { } x ( map return x switch range } type switch = [ switch case & 1 ] map for & 1 [ & ( else else [ for <- . select ; ... x range x type ( | & ~ return go := [ switch := ) ] if <- <- ( map ) x = | switch ~ [ func : } "s" struct ; map case select ; case struct func 
 . { ~ : switch select switch case const 
 map = 1 x "s" . var * ; select = 
 . | switch return . return ( = <- ; } <- + select "s" ) 
 range [ [ + 
 var "s" ) map else for : case } } interface for map ; select "s" interface chan else ~ } * func { & ) interface } type := x } "s" := & ; go select for for x go ) 1 
 for 
 const : : if ... x } = case { if <- go = ~ if ... switch switch range return var switch . [ [ ; ( } <- + = := select return ] chan * | const case | & const ) 1 x * ( var ~ struct range { chan := ) = struct "s" ( ( ; type & } const ( = select func := <- ) select . else : * . go := case x ~ ~ map type range ~ const . select & ; := const + else chan := go 
 else ~ struct := select chan ] func case * else if & + interface func & struct ... & return return const { [ go & * { x ( ... range var { [ ... { 
 ~ struct ) . 1 + ] type case else { } & * x chan go + + select 1 "s" var <- for 
 ... <- = if * <- 
 ) ( + select * struct } := if . chan interface <- . = . for { type map struct func return . & & ; interface case ) (