package cn.weihai.lianbao;
@org.springframework.boot.autoconfigure.SpringBootApplication
public class LianbaoApplication { public static void main(String[] a){ org.springframework.boot.SpringApplication.run(LianbaoApplication.class,a);} }
