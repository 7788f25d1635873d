@echo off
rem The opsmaturity command line on Windows: runs opsmaturity.jar (next to lib\) with the JVM options of
rem bin/opsmaturity, without its class-data-sharing archive. Environment: JAVA_HOME (else java on the
rem PATH); OPSMATURITY_JAVA_OPTS (more JVM options, e.g. -Xmx512m).
setlocal
set "here=%~dp0"
rem next to this script, in samples\target (a build), or beside bin\ (the opsmaturity-cli distribution)
set "jar=%here%opsmaturity.jar"
if not exist "%jar%" set "jar=%here%..\target\opsmaturity.jar"
if not exist "%jar%" set "jar=%here%..\opsmaturity.jar"
if not exist "%jar%" (
  echo error: opsmaturity.jar is not next to %~f0 nor in samples\target 1>&2
  echo Maybe build it first: mvn -q -B package -DskipTests 1>&2
  exit /b 2
)
set "java=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "java=%JAVA_HOME%\bin\java.exe"
rem one compiler thread, unless OPSMATURITY_JAVA_OPTS sets the compilers (with C2 back the JVM needs two)
set "c1=-XX:CICompilerCount=1"
echo(%OPSMATURITY_JAVA_OPTS%| findstr /i /c:"Tiered" /c:"CICompilerCount" >nul && set "c1="
"%java%" -XX:TieredStopAtLevel=1 %c1% -XX:+UseSerialGC -XX:-UsePerfData %OPSMATURITY_JAVA_OPTS% -jar "%jar%" %*
exit /b %ERRORLEVEL%
